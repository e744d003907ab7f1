/* SpotIt student page: the one place that converts between the browser's positions
   (UTF-16 code units, what JavaScript strings and the DOM count) and the pack's
   (Unicode code points, what every flag, annotation and note counts). An astral
   character such as 🍵 is two units and one code point. */
"use strict";

window.SpotItOffsets = (function () {
  let cachedText = null;
  let toPoint = null; // UTF-16 index -> code point index (length + 1 entries)
  let toUnits = null; // code point index -> UTF-16 index (code points + 1 entries)

  function isLowSurrogateAfterHigh(text, i) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0) return false;
    const p = text.charCodeAt(i - 1);
    return p >= 0xd800 && p <= 0xdbff;
  }

  function tables(text) {
    if (text === cachedText) return;
    toPoint = new Uint32Array(text.length + 1);
    const units = [];
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      if (isLowSurrogateAfterHigh(text, i)) {
        toPoint[i] = cp; // inside a pair: the code point after it
        continue;
      }
      toPoint[i] = cp;
      units.push(i);
      cp++;
    }
    toPoint[text.length] = cp;
    units.push(text.length);
    toUnits = Uint32Array.from(units);
    cachedText = text;
  }

  /** The code point index of UTF-16 position ``index`` in ``text`` (clamped). */
  function utf16ToCodePoint(text, index) {
    tables(text);
    return toPoint[Math.max(0, Math.min(text.length, index))];
  }

  /** The UTF-16 position of code point ``point`` in ``text`` (clamped). */
  function codePointToUtf16(text, point) {
    tables(text);
    return toUnits[Math.max(0, Math.min(toUnits.length - 1, point))];
  }

  /** How many code points ``text`` has. */
  function length(text) {
    tables(text);
    return toUnits.length - 1;
  }

  /** ``text``'s code points ``start`` to ``end`` (half-open). */
  function slice(text, start, end) {
    return text.slice(codePointToUtf16(text, start), codePointToUtf16(text, end));
  }

  return Object.freeze({ utf16ToCodePoint, codePointToUtf16, length, slice });
})();
