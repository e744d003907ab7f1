"""Finding a class on the local network: the host's addresses, announcing, listening.

A host that announces sends one small UDP datagram every few seconds to the
broadcast address of the interface it listens on; the datagram names the port and
the pack, never the join code. A host listening on a loopback address announces by
unicast to that address only, so nothing leaves the machine. Announcing is off
unless the instructor turns it on.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface, QUdpSocket

from spotit.classroom import protocol

ANNOUNCE_INTERVAL_MS = 2000


@dataclass(frozen=True)
class HostAddress:
    """An address a host can listen on, with the interface it belongs to."""

    address: str
    interface: str
    loopback: bool

    @property
    def label(self) -> str:
        where = "this computer only" if self.loopback else self.interface
        return f"{self.address} ({where})"


def lan_addresses() -> list[HostAddress]:
    """IPv4 addresses of interfaces that are up: the local network first, loopback last."""
    found = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        if not (interface.flags() & flags.IsUp and interface.flags() & flags.IsRunning):
            continue
        loopback = bool(interface.flags() & flags.IsLoopBack)
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            name = interface.humanReadableName() or interface.name()
            found.append(HostAddress(ip.toString(), name, loopback or ip.isLoopback()))
    found.sort(key=lambda a: a.loopback)
    if not any(a.loopback for a in found):
        found.append(HostAddress("127.0.0.1", "loopback", True))
    return found


def default_address() -> str:
    """The address a host listens on unless told otherwise: the first LAN address."""
    return lan_addresses()[0].address


def announce_target(bind_address: str) -> str | None:
    """Where announcements for a host on ``bind_address`` go; None if nowhere sensible.

    Loopback: the address itself (unicast). Otherwise the broadcast address of the
    interface that owns ``bind_address``.
    """
    host = QHostAddress(bind_address)
    if host.isNull() or host.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
        return None
    if host.isLoopback():
        return bind_address
    for interface in QNetworkInterface.allInterfaces():
        for entry in interface.addressEntries():
            if entry.ip() == host and not entry.broadcast().isNull():
                return entry.broadcast().toString()
    return None


class Announcer(QObject):
    """Announces a host every few seconds on the local network (see the module docstring)."""

    def __init__(
        self,
        bind_address: str,
        port: int,
        title: str,
        discovery_port: int = protocol.DISCOVERY_PORT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.target = announce_target(bind_address)
        self.discovery_port = discovery_port
        self.datagram = protocol.announcement(port, title)
        self.sent = 0
        self._socket = QUdpSocket(self)
        self._timer = QTimer(self)
        self._timer.setInterval(ANNOUNCE_INTERVAL_MS)
        self._timer.timeout.connect(self.announce)

    def start(self) -> bool:
        """Start announcing; False if this address has nowhere to announce to."""
        if self.target is None:
            return False
        self.announce()
        self._timer.start()
        return True

    def stop(self) -> None:
        self._timer.stop()

    def announce(self) -> None:
        if self.target is None:
            return
        written = self._socket.writeDatagram(
            self.datagram, QHostAddress(self.target), self.discovery_port
        )
        if written > 0:
            self.sent += 1


class DiscoveryListener(QObject):
    """Hears hosts' announcements; ``found`` carries (address, port, title)."""

    found = Signal(str, int, str)

    def __init__(
        self,
        port: int = protocol.DISCOVERY_PORT,
        address: str = "0.0.0.0",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._socket = QUdpSocket(self)
        self._socket.readyRead.connect(self._read)
        mode = QUdpSocket.BindFlag.ShareAddress | QUdpSocket.BindFlag.ReuseAddressHint
        self.listening = self._socket.bind(QHostAddress(address), port, mode)

    def _read(self) -> None:
        while self._socket.hasPendingDatagrams():
            datagram = self._socket.receiveDatagram(protocol.MAX_DATAGRAM_BYTES + 1)
            parsed = protocol.parse_announcement(bytes(datagram.data()))
            if parsed is None:
                continue
            sender = datagram.senderAddress().toString()
            if sender.startswith("::ffff:"):
                sender = sender[len("::ffff:") :]
            # The address is where the datagram came from, not anything the datagram claims.
            self.found.emit(sender, parsed[0], parsed[1])

    def close(self) -> None:
        self._socket.close()
