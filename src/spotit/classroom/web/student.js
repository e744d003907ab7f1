/* SpotIt student page: the desktop client's classroom protocol in a browser
   (docs/classroom-protocol.md). Every string from the host is untrusted: it is
   validated before use and only ever inserted as text (textContent,
   createElement), never as markup. Positions sent to the host are code points,
   converted in one place (offsets.js). */
"use strict";

(function () {
  const Offsets = window.SpotItOffsets;
  // The page's texts in the host's language (texts.js, made by the host from SpotIt's
  // translations: spotit.classroom.page_texts); English where there is none.
  const TEXTS = window.SpotItTexts || { language: "en", texts: {} };

  /** ``english`` in the page's language, each {name} filled from ``values`` (as text). */
  function T(english, values = {}) {
    const own = Object.prototype.hasOwnProperty.call(TEXTS.texts, english) ? TEXTS.texts[english] : english;
    return own.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
  }
  const VERSION = 1;
  const RETRY_SECONDS = [0.5, 1, 2, 4, 8];
  const DRAFT_DELAY_MS = 300;
  const SELECTION_SETTLE_MS = 150;
  const MAX_HOST_MESSAGE = 32 * 1024 * 1024;
  const MAX_FIELD = 20000;
  const MAX_TEXT = 2000000;
  const MAX_FLAGS = 150;
  const MAX_NOTE = 500;
  const MAX_REASON = 300;
  const MAX_SECONDS = 86400;
  const HINT_COST = 5;
  const ITEM_ID = /^[a-z0-9][a-z0-9-]{0,63}$/; // spotit.core.taxonomy.ITEM_ID
  const COLOR = /^#[0-9a-fA-F]{6}$/;
  const SAFE_LINK = /^(https?:|mailto:)/i;
  const WORD_CHAR = /[\p{L}\p{N}_'’]/u;
  const BLOCK_KINDS = new Set(["headline", "heading", "paragraph", "item", "code"]);
  // The reader's verdict names and signs (src/spotit/gui/marks.py, VERDICT_STYLES).
  const VERDICTS = {
    found: ["✓", T("Found")],
    "found-wrong-category": ["≈", T("Found, wrong category")],
    "partly-found": ["◐", T("Partly found")],
    "found-too-broad": ["⊃", T("Found, flag too broad")],
    missed: ["✗", T("Missed")],
    correct: ["✓", T("Correct")],
    "wrong-category": ["≈", T("Wrong category")],
    "too-broad": ["⊃", T("Too broad")],
    close: ["↔", T("Close")],
    "not-a-red-flag": ["⚐", T("Not a red flag")],
    note: ["ℹ", T("Holds up")],
  };
  const GOLD_VERDICTS = new Set(["found", "found-wrong-category", "partly-found", "found-too-broad", "missed"]);
  const FLAG_VERDICTS = new Set(["correct", "wrong-category", "too-broad", "close", "not-a-red-flag"]);
  const STATUSES = new Set(["submitted", "auto-submitted", "absent"]);
  const KINDS = new Set(["misinformation", "credible", "satire", "opinion"]);
  const SCALES = [0.85, 1, 1.15, 1.3, 1.5, 1.75, 2, 2.5];

  const $ = (id) => document.getElementById(id);
  const wsPort = Number(document.querySelector('meta[name="spotit-ws-port"]').content);
  const tokenKey = "spotit-token:" + location.host + ":" + wsPort;

  // -- what the page knows -------------------------------------------------------

  const state = {
    socket: null,
    token: sessionStorage.getItem(tokenKey),
    joined: false, // welcomed on the current connection
    stopped: false, // the host ended it, or broke the protocol: no reconnecting
    retries: 0,
    retryTimer: null,
    categories: new Map(), // id -> category
    order: [], // category ids in the host's order
    article: null, // {id, text, blocks, ...}
    words: [], // [start, end) UTF-16 spans of the article's words
    index: 0,
    count: 1,
    flags: [], // {start, end, category, note}, code points
    hints: null, // list of text, or null when the class offers none
    hintsUsed: 0,
    shownAt: 0, // performance.now() when the article (and its draft's seconds) began
    submitted: false, // the host confirmed the submission
    submitting: false, // sent, not confirmed yet
    revealed: false,
    reveal: null,
    unshown: null, // the id of an article this page refused
    draftTimer: null,
    dirty: false, // local flags the host may not have
    pending: null, // {start, end} code points: the selection offered for flagging
    dragging: false, // a mouse button is down in the article
    selectionTimer: null,
    keyboard: { anchor: -1, focus: -1 },
  };

  // -- small helpers -------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function say(text, problem) {
    const status = $("status");
    status.textContent = text;
    status.classList.toggle("problem", Boolean(problem));
  }

  function show(id) {
    for (const section of ["join-form", "article", "ended"]) $(section).hidden = section !== id;
  }

  function secondsSoFar() {
    return Math.min(MAX_SECONDS, Math.max(0, Math.floor((performance.now() - state.shownAt) / 1000)));
  }

  function quoteOf(flag) {
    return Offsets.slice(state.article.text, flag.start, flag.end);
  }

  // -- validating what the host sends ---------------------------------------------

  class Broken extends Error {}

  function fail(message) {
    throw new Broken(message);
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function text(data, key, where, limit = MAX_FIELD, optional = false) {
    const value = data[key];
    if (value === undefined && optional) return "";
    if (typeof value !== "string") fail(`${where}: '${key}' must be text`);
    if (value.length > limit) fail(`${where}: '${key}' is longer than ${limit} characters`);
    return value;
  }

  function whole(data, key, where, low, high) {
    const value = data[key];
    if (!Number.isInteger(value) || value < low || value > high) {
      fail(`${where}: '${key}' must be a whole number from ${low} to ${high}`);
    }
    return value;
  }

  function list(data, key, where, limit) {
    const value = data[key];
    if (!Array.isArray(value)) fail(`${where}: '${key}' must be a list`);
    if (value.length > limit) fail(`${where}: '${key}' has more than ${limit} items`);
    return value;
  }

  function parseCategory(item, n) {
    const where = `category ${n}`;
    if (!isObject(item)) fail(`${where} must be an object`);
    const category = {
      id: text(item, "id", where, 64),
      name: text(item, "name", where),
      description: text(item, "description", where),
      how_to_check: text(item, "how_to_check", where),
      color: text(item, "color", where, 7),
    };
    if (!ITEM_ID.test(category.id)) fail(`${where}: id is not valid`);
    if (!COLOR.test(category.color)) fail(`${where}: colour must look like #rrggbb`);
    return category;
  }

  /** Blocks as the reader draws them; a refusal is an article this page will not show. */
  function parseBlocks(raw, where) {
    if (!Array.isArray(raw)) fail(`${where} must be a list`);
    return raw.map((block, n) => {
      if (!isObject(block) || !BLOCK_KINDS.has(block.kind)) fail(`${where}: block ${n + 1} is not a block`);
      if (!Array.isArray(block.runs) || block.runs.length === 0) fail(`${where}: block ${n + 1} has no runs`);
      const runs = block.runs.map((run) => {
        if (!isObject(run) || typeof run.text !== "string") fail(`${where}: block ${n + 1} has a run without text`);
        for (const style of ["bold", "italic", "code", "strike"]) {
          if (run[style] !== undefined && typeof run[style] !== "boolean") fail(`${where}: '${style}' must be true or false`);
        }
        if (run.link !== undefined) {
          if (typeof run.link !== "string" || !SAFE_LINK.test(run.link)) {
            fail(`its link ${JSON.stringify(String(run.link).slice(0, 60))} is not allowed`);
          }
        }
        return run;
      });
      for (const key of ["level", "quote_depth", "number"]) {
        if (block[key] !== undefined && (!Number.isInteger(block[key]) || block[key] < 0 || block[key] > 1000000)) {
          fail(`${where}: '${key}' must be a whole number`);
        }
      }
      return { kind: block.kind, runs, level: block.level || 0, quote: block.quote_depth || 0, ordered: block.ordered === true, number: block.number || 0 };
    });
  }

  function blockText(block) {
    return block.runs.map((run) => run.text).join("");
  }

  function parseArticle(data) {
    const where = "article";
    if (!isObject(data)) fail("'article' must be an object");
    const article = {
      id: text(data, "id", where, 64),
      headline: text(data, "headline", where),
      byline: text(data, "byline", where),
      outlet: text(data, "outlet", where),
      date: text(data, "date", where),
      difficulty: whole(data, "difficulty", where, 1, 3),
      text: text(data, "text", where, MAX_TEXT * 2),
    };
    if (!ITEM_ID.test(article.id)) fail("the article's id is not valid");
    article.blocks = parseBlocks(data.blocks, "article blocks");
    if (article.blocks.map(blockText).join("\n") !== article.text) fail("its text does not match its blocks");
    return article;
  }

  function parseHints(value) {
    if (value === null || value === undefined) return null;
    if (!Array.isArray(value) || value.length > 10000) fail("its hints are not a list of text");
    for (const hint of value) {
      if (typeof hint !== "string" || hint.trim() === "" || hint.length > MAX_FIELD) fail("a hint is empty or too long");
    }
    return value;
  }

  function parseFlags(items, where, textLength) {
    if (!Array.isArray(items) || items.length > MAX_FLAGS) fail(`${where} must be a list of at most ${MAX_FLAGS}`);
    return items.map((item, n) => {
      if (!isObject(item)) fail(`${where}: flag ${n + 1} must be an object`);
      const flag = {
        start: whole(item, "start", where, 0, textLength),
        end: whole(item, "end", where, 0, textLength),
        category: text(item, "category", where, 64),
        note: text(item, "note", where, MAX_NOTE, true),
      };
      if (flag.start >= flag.end) fail(`${where}: flag ${n + 1} is empty`);
      if (!state.categories.has(flag.category)) fail(`${where}: flag ${n + 1} has an unknown category`);
      return flag;
    });
  }

  function place(item, where, articleText, length) {
    if (!isObject(item)) fail(`${where} must be an object`);
    const start = whole(item, "start", where, 0, length);
    const end = whole(item, "end", where, start, length);
    const quote = text(item, "quote", where, MAX_TEXT * 2);
    if (Offsets.slice(articleText, start, end) !== quote) fail(`${where}: the quote does not match its offsets`);
    return { start, end, quote };
  }

  function parseReveal(data) {
    const where = "'reveal'";
    if (!isObject(data)) fail("'reveal' must be an object");
    const id = text(data, "article", where, 64);
    if (state.article === null || id !== state.article.id) {
      if (id === state.unshown) return null; // the article this page refused
      fail("a reveal of an article never shown");
    }
    const articleText = state.article.text;
    const length = Offsets.length(articleText);
    const kind = text(data, "kind", where, 20);
    if (!KINDS.has(kind)) fail(`${where}: unknown kind`);
    const annotations = list(data, "annotations", where, 5000).map((item, n) => {
      const at = `annotation ${n + 1}`;
      const answer = place(item, at, articleText, length);
      answer.category = text(item, "category", at, 64);
      if (!state.categories.has(answer.category)) fail(`${at}: unknown category`);
      answer.explanation = text(item, "explanation", at);
      answer.blocks = item.explanation_blocks === undefined ? null : parseBlocks(item.explanation_blocks, `${at} explanation`);
      answer.also = item.also === undefined ? [] : list(item, "also", at, 1000).filter((c) => state.categories.has(c));
      answer.anchors = item.anchors === undefined ? [answer] : list(item, "anchors", at, 1000).map((a, k) => place(a, `${at} anchor ${k + 1}`, articleText, length));
      return answer;
    });
    const notes = (data.notes === undefined ? [] : list(data, "notes", where, 5000)).map((item, n) => {
      const note = place(item, `note ${n + 1}`, articleText, length);
      note.text = text(item, "text", `note ${n + 1}`);
      return note;
    });
    const yours = data.yours;
    if (!isObject(yours)) fail(`${where}: 'yours' must be an object`);
    const status = text(yours, "status", "yours", 20);
    if (!STATUSES.has(status)) fail("yours: unknown status");
    const flags = parseFlags(yours.flags, "your flags", length);
    const score = yours.score === null ? null : whole(yours, "score", "yours", 0, 100);
    const report = yours.report === null || yours.report === undefined ? null : parseReport(yours.report, annotations.length, flags.length, length);
    const tally = isObject(data.class) ? data.class : {};
    const students = Number.isInteger(tally.students) ? tally.students : 0;
    const counts = Array.isArray(tally.flags) ? tally.flags : [];
    return { kind, annotations, notes, status, flags, score, report, students, counts };
  }

  function fraction(data, key, where) {
    const value = data[key];
    if (typeof value !== "number" || !(value >= 0 && value <= 1)) fail(`${where}: '${key}' must be from 0 to 1`);
    return value;
  }

  function parseReport(data, answers, flagCount, length) {
    const where = "yours.report";
    if (!isObject(data)) fail(`${where} must be an object`);
    const report = {
      spotted: fraction(data, "spotted", where),
      named: fraction(data, "named", where),
      summary: text(data, "summary", where),
    };
    report.gold = list(data, "gold", where, answers).map((item, n) => {
      const at = `${where} gold ${n + 1}`;
      if (!isObject(item) || !GOLD_VERDICTS.has(item.verdict)) fail(`${at}: unknown verdict`);
      return { verdict: item.verdict, note: text(item, "note", at, MAX_FIELD, true) };
    });
    report.flags = list(data, "flags", where, flagCount).map((item, n) => {
      const at = `${where} flag ${n + 1}`;
      if (!isObject(item) || !FLAG_VERDICTS.has(item.verdict)) fail(`${at}: unknown verdict`);
      return {
        index: whole(item, "index", at, 0, Math.max(0, flagCount - 1)),
        start: whole(item, "start", at, 0, length),
        end: whole(item, "end", at, 0, length),
        verdict: item.verdict,
        note: text(item, "note", at, MAX_FIELD, true),
      };
    });
    return report;
  }

  // -- drawing blocks (the article, and explanations) ---------------------------------

  /** Append ``block``'s runs to ``parent``: text nodes in style elements, with
      ``pieces(runStart, runText)`` cutting a run at marks when it is the article. */
  function drawRuns(parent, block, offset, pieces) {
    let at = offset;
    for (const run of block.runs) {
      let holder = parent;
      const wrap = (tag, className) => {
        const inner = el(tag, className);
        holder.appendChild(inner);
        holder = inner;
      };
      if (run.link) {
        wrap("span", "link");
        holder.title = run.link; // shown, not followed: a class page leads nowhere else
      }
      if (run.bold) wrap("strong");
      if (run.italic) wrap("em");
      if (run.code) wrap("code");
      if (run.strike) wrap("del");
      if (pieces) {
        for (const node of pieces(at, run.text)) holder.appendChild(node);
      } else {
        holder.appendChild(document.createTextNode(run.text));
      }
      at += run.text.length;
    }
    return at;
  }

  function blockElement(block, first) {
    let node;
    if (block.kind === "headline") {
      node = el("h1");
      if (first) node.id = "headline";
    } else if (block.kind === "heading") {
      node = el("h" + Math.min(6, Math.max(2, block.level + 1)));
    } else if (block.kind === "code") {
      node = el("pre");
    } else if (block.kind === "item") {
      node = el("p", "item depth-" + Math.min(3, Math.max(1, block.level)));
      if (block.ordered) {
        node.classList.add("ordered");
        node.dataset.number = String(block.number);
      }
    } else {
      node = el("p");
    }
    if (block.quote > 0) node.classList.add("quote");
    return node;
  }

  /** Explanation blocks: the same drawing without marks. */
  function drawBlocks(blocks) {
    const box = el("div", "blocks");
    for (const block of blocks) {
      const node = blockElement(block, false);
      drawRuns(node, block, 0, null);
      box.appendChild(node);
    }
    return box;
  }

  /** Spans to mark in the article, in UTF-16 units: the student's flags, and after a
      reveal the places of every red flag. */
  function markSpans() {
    const t = state.article.text;
    const spans = state.flags.map((flag, n) => ({
      start: Offsets.codePointToUtf16(t, flag.start),
      end: Offsets.codePointToUtf16(t, flag.end),
      flag: n,
    }));
    if (state.reveal) {
      state.reveal.annotations.forEach((answer, n) => {
        for (const anchor of answer.anchors) {
          spans.push({ start: Offsets.codePointToUtf16(t, anchor.start), end: Offsets.codePointToUtf16(t, anchor.end), answer: n });
        }
      });
    }
    return spans.filter((s) => s.end > s.start);
  }

  function drawArticle() {
    const box = $("text");
    clear(box);
    const spans = markSpans();
    const lastPieceOf = new Map(); // flag -> its end, to number the flag where it ends
    for (const s of spans) if (s.flag !== undefined) lastPieceOf.set(s.flag, s.end);

    function pieces(start, runText) {
      const end = start + runText.length;
      const cuts = new Set([start, end]);
      for (const s of spans) {
        if (s.start > start && s.start < end) cuts.add(s.start);
        if (s.end > start && s.end < end) cuts.add(s.end);
      }
      const points = [...cuts].sort((a, b) => a - b);
      const nodes = [];
      for (let i = 0; i + 1 < points.length; i++) {
        const a = points[i], b = points[i + 1];
        const piece = runText.slice(a - start, b - start);
        const over = spans.filter((s) => s.start <= a && s.end >= b);
        if (over.length === 0) {
          nodes.push(document.createTextNode(piece));
          continue;
        }
        const mark = el("mark", "", piece);
        const flags = over.filter((s) => s.flag !== undefined);
        const answers = over.filter((s) => s.answer !== undefined);
        const titles = [];
        if (flags.length) {
          mark.classList.add("flag");
          const top = flags[flags.length - 1].flag;
          const category = state.categories.get(state.flags[top].category);
          mark.style.borderBottomColor = category.color;
          mark.dataset.number = String(top + 1);
          if (lastPieceOf.get(top) === b) mark.classList.add("last");
          for (const s of flags) titles.push(T("Your flag {n}: {category}", { n: s.flag + 1, category: state.categories.get(state.flags[s.flag].category).name }));
        }
        if (answers.length) {
          mark.classList.add("answer");
          for (const s of answers) titles.push(T("Red flag: {category}", { category: state.categories.get(state.reveal.annotations[s.answer].category).name }));
        }
        mark.title = titles.join("\n");
        nodes.push(mark);
      }
      return nodes;
    }

    let offset = 0;
    state.article.blocks.forEach((block, n) => {
      const node = blockElement(block, n === 0);
      node.dataset.block = String(n);
      node.dataset.start = String(offset);
      drawRuns(node, block, offset, pieces);
      box.appendChild(node);
      offset += blockText(block).length + 1; // the "\n" between blocks
    });
  }

  // -- positions in the article ----------------------------------------------------

  /** The UTF-16 position in the article text of the DOM point (node, offset). */
  function textPosition(node, offset) {
    const box = $("text");
    const t = state.article.text;
    if (!box.contains(node)) {
      // Outside the article: before it or after it.
      return node.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING ? 0 : t.length;
    }
    if (node === box) {
      const child = box.childNodes[offset];
      return child ? Number(child.dataset.start) : t.length;
    }
    const start = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    const block = start.closest("[data-block]");
    const range = document.createRange();
    range.setStart(block, 0);
    range.setEnd(node, offset);
    return Number(block.dataset.start) + range.toString().length;
  }

  /** The DOM point of UTF-16 position ``at`` in the article text. */
  function domPoint(at) {
    const box = $("text");
    for (const block of box.children) {
      const start = Number(block.dataset.start);
      const length = blockText(state.article.blocks[Number(block.dataset.block)]).length;
      if (at > start + length) continue;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let base = start;
      let last = null;
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (at <= base + node.data.length) return [node, at - base];
        base += node.data.length;
        last = node;
      }
      if (last) return [last, last.data.length];
    }
    return [box, box.childNodes.length];
  }

  /** Widen a span (code points) to whole words, without the spaces at its edges:
      core.selection.snap_to_words, so a flag is what the desktop reader would make. */
  function snapToWords(start, end) {
    const chars = Array.from(state.article.text);
    const word = (i) => WORD_CHAR.test(chars[i]);
    const space = (i) => /\s/u.test(chars[i]);
    start = Math.max(0, Math.min(start, end));
    end = Math.min(chars.length, Math.max(start, end));
    while (start < end && space(start)) start++;
    while (end > start && space(end - 1)) end--;
    if (start >= end) return null;
    while (start > 0 && word(start - 1) && word(start)) start--;
    while (end < chars.length && word(end - 1) && word(end)) end++;
    return { start, end };
  }

  function selectedSpan() {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const box = $("text");
    const range = selection.getRangeAt(0);
    if (!range.intersectsNode(box)) return null;
    const t = state.article.text;
    const a = textPosition(range.startContainer, range.startOffset);
    const b = textPosition(range.endContainer, range.endOffset);
    return snapToWords(Offsets.utf16ToCodePoint(t, a), Offsets.utf16ToCodePoint(t, b));
  }

  function canFlag() {
    return state.article !== null && !state.submitted && !state.submitting && !state.revealed && state.joined;
  }

  // -- the flag bar ------------------------------------------------------------------

  function offer(span) {
    state.pending = span;
    if (!span) {
      $("flag-bar").hidden = true;
      return;
    }
    const quote = Offsets.slice(state.article.text, span.start, span.end);
    const shown = quote.length > 80 ? quote.slice(0, 77) + "…" : quote;
    $("flag-what").textContent = T("Flag “{passage}” as:", { passage: shown });
    $("flag-bar").hidden = false;
    $("flag-bar").scrollTop = 0;
    requestAnimationFrame(keepSelectionInSight);
  }

  /** The bar sits on the lower part of the screen: scroll the selection above it. */
  function keepSelectionInSight() {
    const selection = document.getSelection();
    if ($("flag-bar").hidden || !selection || selection.rangeCount === 0) return;
    const picked = selection.getRangeAt(0).getBoundingClientRect();
    const bar = $("flag-bar").getBoundingClientRect();
    if (picked.height > 0 && picked.top < 0) {
      window.scrollBy(0, picked.top - 8); // above the screen (the keyboard went back)
    } else if (picked.height > 0 && picked.bottom > bar.top - 8) {
      window.scrollBy(0, Math.min(picked.top - 8, picked.bottom - bar.top + 8));
    }
  }

  /** Offer the selection for flagging, or let a click in the text take the offer back. */
  function checkSelection() {
    clearTimeout(state.selectionTimer);
    if (!canFlag()) return;
    const selection = document.getSelection();
    const span = selectedSpan();
    if (span) {
      offer(span);
    } else if (selection && selection.anchorNode && $("text").contains(selection.anchorNode)) {
      offer(null); // a tap or click in the text let go of the selection
    }
  }

  function onSelectionChange() {
    // While the mouse drags, wait for it to let go: the bar must not appear under it.
    // Otherwise (a phone's selection handles, the keyboard) offer once it settles.
    if (state.dragging) return;
    clearTimeout(state.selectionTimer);
    state.selectionTimer = setTimeout(checkSelection, SELECTION_SETTLE_MS);
  }

  function buildCategoryButtons() {
    const box = $("categories");
    clear(box);
    for (const id of state.order) {
      const category = state.categories.get(id);
      const button = el("button", "category", category.name);
      button.type = "button";
      button.dataset.category = id;
      button.title = category.description;
      button.style.borderLeftColor = category.color;
      button.addEventListener("click", () => flagPending(id));
      box.appendChild(button);
    }
  }

  function flagPending(category) {
    const span = state.pending;
    const fromKeyboard = state.keyboard.focus >= 0;
    offer(null);
    document.getSelection().removeAllRanges();
    state.keyboard = { anchor: -1, focus: -1 };
    if (!span || !canFlag()) return;
    const same = state.flags.some((f) => f.start === span.start && f.end === span.end && f.category === category);
    if (!same) {
      if (state.flags.length >= MAX_FLAGS) {
        say(T("An article takes at most {count} flags.", { count: MAX_FLAGS }), true);
        return;
      }
      state.flags.push({ start: span.start, end: span.end, category, note: "" });
      changed();
      say(T("Flagged as {category}: flag {n}.", { category: state.categories.get(category).name, n: state.flags.length }));
    }
    if (fromKeyboard) $("text").focus();
  }

  // -- the keyboard: word by word ----------------------------------------------------

  function wordsOf(t) {
    const words = [];
    const pattern = /\S+/gu;
    let match;
    while ((match = pattern.exec(t)) !== null) words.push([match.index, match.index + match[0].length]);
    return words;
  }

  function selectWords() {
    const { anchor, focus } = state.keyboard;
    const low = Math.min(anchor, focus), high = Math.max(anchor, focus);
    const [startNode, startOffset] = domPoint(state.words[low][0]);
    const [endNode, endOffset] = domPoint(state.words[high][1]);
    document.getSelection().setBaseAndExtent(startNode, startOffset, endNode, endOffset);
    const t = state.article.text;
    offer(snapToWords(Offsets.utf16ToCodePoint(t, state.words[low][0]), Offsets.utf16ToCodePoint(t, state.words[high][1])));
  }

  function onTextKey(event) {
    if (!canFlag() || state.words.length === 0) return;
    const last = state.words.length - 1;
    const kb = state.keyboard;
    if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      const step = event.key === "ArrowRight" ? 1 : -1;
      if (kb.focus < 0) {
        kb.anchor = kb.focus = step > 0 ? 0 : last;
      } else {
        kb.focus = Math.max(0, Math.min(last, kb.focus + step));
        if (!event.shiftKey) kb.anchor = kb.focus;
      }
      event.preventDefault();
      selectWords();
    } else if (event.key === "Enter" && state.pending) {
      event.preventDefault();
      const first = $("categories").querySelector("button.category");
      if (first) first.focus();
    } else if (event.key === "Escape") {
      state.keyboard = { anchor: -1, focus: -1 };
      document.getSelection().removeAllRanges();
      offer(null);
    }
  }

  function onBarKey(event) {
    if (event.key === "Escape") {
      event.preventDefault();
      offer(null);
      $("text").focus();
    }
  }

  // -- the student's flags -------------------------------------------------------------

  function drawFlags() {
    const box = $("flags");
    clear(box);
    $("no-flags").hidden = state.flags.length > 0;
    const locked = !canFlag();
    const verdicts = new Map();
    if (state.reveal && state.reveal.report && state.reveal.status !== "absent") {
      for (const item of state.reveal.report.flags) verdicts.set(item.index, item);
    }
    state.flags.forEach((flag, n) => {
      const item = el("li", "flag");
      item.appendChild(el("span", "quote-text", `“${quoteOf(flag)}”`));
      const controls = el("div", "controls");
      const select = el("select", "flag-category");
      select.setAttribute("aria-label", T("Category of flag {n}", { n: n + 1 }));
      for (const id of state.order) {
        const option = el("option", "", state.categories.get(id).name);
        option.value = id;
        select.appendChild(option);
      }
      select.value = flag.category;
      select.disabled = locked;
      select.addEventListener("change", () => {
        flag.category = select.value;
        changed();
      });
      controls.appendChild(select);
      const note = el("input", "flag-note");
      note.type = "text";
      note.maxLength = MAX_NOTE;
      note.placeholder = T("Why? (optional)");
      note.setAttribute("aria-label", T("Note on flag {n}", { n: n + 1 }));
      note.value = flag.note;
      note.disabled = locked;
      note.addEventListener("input", () => {
        flag.note = note.value.slice(0, MAX_NOTE);
        changed(false);
      });
      controls.appendChild(note);
      const remove = el("button", "remove", T("Remove"));
      remove.type = "button";
      remove.setAttribute("aria-label", T("Remove flag {n}", { n: n + 1 }));
      remove.disabled = locked;
      remove.addEventListener("click", () => {
        state.flags.splice(n, 1);
        changed();
        say(T("Flag {n} removed.", { n: n + 1 }));
        const next = $("flags").querySelector("button.remove") || $("text");
        next.focus();
      });
      controls.appendChild(remove);
      item.appendChild(controls);
      const verdict = verdicts.get(n);
      if (verdict) {
        const line = el("p", "");
        const [sign, label] = VERDICTS[verdict.verdict];
        line.appendChild(el("span", `verdict-label v-${verdict.verdict}`, `${sign} ${label}`));
        if (verdict.note) line.appendChild(document.createTextNode(`: ${verdict.note}`));
        item.appendChild(line);
      }
      box.appendChild(item);
    });
  }

  /** The flags changed: draw them, and tell the host after a short pause. */
  function changed(redraw = true) {
    state.dirty = true;
    if (redraw) {
      drawArticle();
      drawFlags();
    }
    clearTimeout(state.draftTimer);
    state.draftTimer = setTimeout(sendDraft, DRAFT_DELAY_MS);
  }

  function flagsForHost() {
    return state.flags.map((f) => {
      const flag = { start: f.start, end: f.end, category: f.category };
      if (f.note.trim()) flag.note = f.note.trim();
      return flag;
    });
  }

  function sendDraft() {
    clearTimeout(state.draftTimer);
    if (!state.article || state.submitting || state.submitted || state.revealed) return;
    if (send({ type: "draft", article: state.article.id, flags: flagsForHost(), seconds: secondsSoFar(), hints_used: state.hintsUsed })) {
      state.dirty = false;
    }
  }

  function submit() {
    if (!canFlag()) return;
    clearTimeout(state.draftTimer);
    state.submitting = true;
    offer(null);
    sendSubmit();
    drawControls();
    say(T("Sending your flags…"));
  }

  function sendSubmit() {
    send({ type: "submit", article: state.article.id, flags: flagsForHost(), seconds: secondsSoFar(), hints_used: state.hintsUsed });
  }

  // -- hints ---------------------------------------------------------------------------

  function drawHints() {
    const area = $("hint-area");
    const hints = state.hints;
    area.hidden = hints === null;
    if (hints === null) return;
    const box = $("hints");
    clear(box);
    for (const hint of hints.slice(0, state.hintsUsed)) box.appendChild(el("li", "", hint));
    const button = $("hint");
    if (hints.length === 0) {
      button.textContent = T("No hints for this article");
      button.disabled = true;
    } else if (state.hintsUsed >= hints.length) {
      button.textContent = T("No more hints");
      button.disabled = true;
    } else {
      button.textContent = T("Need a hint? (costs {points} points)", { points: HINT_COST });
      button.disabled = !canFlag();
    }
  }

  function useHint() {
    if (!canFlag() || !state.hints || state.hintsUsed >= state.hints.length) return;
    state.hintsUsed += 1;
    drawHints();
    say(T("Hint {n}: {hint}", { n: state.hintsUsed, hint: state.hints[state.hintsUsed - 1] }));
    changed(false);
  }

  function drawControls() {
    const button = $("submit");
    button.disabled = !canFlag();
    button.textContent = state.submitted || state.revealed ? T("Submitted") : state.submitting ? T("Sending…") : T("Submit");
    drawFlags();
    drawHints();
  }

  // -- the reveal ------------------------------------------------------------------------

  function drawReveal() {
    const reveal = state.reveal;
    $("reveal").hidden = reveal === null;
    if (reveal === null) return;
    const score = $("score");
    if (reveal.status === "absent" || reveal.score === null) {
      score.textContent = T("You joined after the answers were shown: no score on this article.");
    } else if (reveal.status === "auto-submitted") {
      score.textContent = T("Your score: {score} out of 100 (your flags were submitted for you)", { score: reveal.score });
    } else {
      score.textContent = T("Your score: {score} out of 100", { score: reveal.score });
    }
    const report = reveal.report;
    const summary = $("summary");
    summary.textContent = report ? report.summary : "";
    const box = $("verdicts");
    clear(box);
    $("no-red-flags").hidden = reveal.annotations.length > 0;
    reveal.annotations.forEach((answer, n) => {
      const item = el("li", "verdict");
      const head = el("p", "");
      const gold = report && report.gold[n];
      const verdict = gold ? gold.verdict : reveal.status === "absent" ? null : "missed";
      if (verdict) {
        const [sign, label] = VERDICTS[verdict];
        head.appendChild(el("span", `verdict-label v-${verdict}`, `${sign} ${label}`));
        head.appendChild(document.createTextNode(" · "));
      }
      const category = state.categories.get(answer.category);
      head.appendChild(el("strong", "", category.name));
      const also = answer.also.filter((c) => c !== answer.category).map((c) => state.categories.get(c).name);
      if (also.length) head.appendChild(document.createTextNode(" " + T("(also accepted: {categories})", { categories: also.join(", ") })));
      item.appendChild(head);
      item.appendChild(el("p", "quote-text", `“${answer.quote}”`));
      item.appendChild(answer.blocks ? drawBlocks(answer.blocks) : el("p", "", answer.explanation));
      if (gold && gold.note) item.appendChild(el("p", "", gold.note));
      if (category.how_to_check) item.appendChild(el("p", "how", T("How to check: {how}", { how: category.how_to_check })));
      const counts = reveal.counts[n];
      if (isObject(counts) && reveal.students > 0) {
        const number = (key) => (Number.isInteger(counts[key]) ? counts[key] : 0);
        item.appendChild(
          el(
            "p",
            "class-tally",
            T("The class ({students}): {found} found it, {wrong} with another category, {partly} partly, {missed} missed it.", {
              students: reveal.students,
              found: number("found"),
              wrong: number("wrong_category"),
              partly: number("partly"),
              missed: number("missed"),
            })
          )
        );
      }
      box.appendChild(item);
    });
    const notes = $("notes");
    clear(notes);
    $("notes-title").hidden = reveal.notes.length === 0;
    for (const note of reveal.notes) {
      const item = el("li", "note");
      const [sign, label] = VERDICTS.note;
      item.appendChild(el("span", "verdict-label v-note", `${sign} ${label}`));
      item.appendChild(el("p", "quote-text", `“${note.quote}”`));
      item.appendChild(el("p", "", note.text));
      notes.appendChild(item);
    }
  }

  // -- messages from the host ----------------------------------------------------------------

  function onWelcome(data) {
    const where = "'welcome'";
    const token = text(data, "token", where, 100);
    const name = text(data, "name", where, 200);
    const pack = data.pack;
    if (!isObject(pack)) fail(`${where}: 'pack' must be an object`);
    const title = text(pack, "title", "pack");
    const notice = text(pack, "training_notice", "pack");
    const language = text(pack, "language", "pack", 35);
    const items = list(data, "categories", where, 1000);
    if (items.length === 0) fail(`${where}: no categories`);
    const categories = items.map((item, n) => parseCategory(item, n + 1));
    state.count = whole(data, "count", where, 1, 1000);
    state.categories = new Map(categories.map((c) => [c.id, c]));
    state.order = categories.map((c) => c.id);
    state.token = token;
    sessionStorage.setItem(tokenKey, token);
    state.joined = true;
    state.retries = 0;
    $("brand").textContent = title;
    $("who").textContent = T("You are {name}", { name });
    $("notice").textContent = notice;
    if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(language)) $("text").lang = language;
    buildCategoryButtons();
    say(T("You are in the class. Wait for the article, then flag what looks wrong."));
  }

  function cannotShow(id, reason) {
    const line = reason.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").slice(0, MAX_REASON) || "it could not be read";
    state.unshown = id;
    state.article = null;
    state.reveal = null;
    clear($("text"));
    offer(null);
    $("flags").textContent = "";
    $("reveal").hidden = true;
    $("submit").disabled = true;
    $("hint-area").hidden = true;
    $("meta").textContent = "";
    show("article");
    send({ type: "cannot_show", article: id.slice(0, 64), reason: line });
    say(T("This article could not be shown: {reason}; your teacher has been told.", { reason: line }), true);
  }

  function onArticle(data) {
    if (state.categories.size === 0) fail("an article arrived before the welcome");
    const where = "'article'";
    const count = whole(data, "count", where, 1, 1000);
    const index = whole(data, "index", where, 0, count - 1);
    const phase = text(data, "phase", where, 20);
    if (phase !== "flagging" && phase !== "revealed") fail(`${where}: unknown phase`);
    if (typeof data.submitted !== "boolean") fail(`${where}: 'submitted' must be true or false`);
    let article, hints;
    try {
      article = parseArticle(data.article);
      hints = parseHints(data.hints);
    } catch (error) {
      if (!(error instanceof Broken)) throw error;
      const raw = isObject(data.article) ? data.article.id : "";
      state.index = index;
      state.count = count;
      cannotShow(typeof raw === "string" && ITEM_ID.test(raw) ? raw : "", error.message);
      return;
    }
    const length = Offsets.length(article.text);
    let draft = null, seconds = 0, draftHints = 0;
    if (data.draft !== null && data.draft !== undefined) {
      if (!isObject(data.draft)) fail(`${where}: 'draft' must be an object or null`);
      draft = parseFlags(data.draft.flags, "draft flags", length);
      seconds = whole(data.draft, "seconds", where, 0, MAX_SECONDS);
      if (data.draft.hints_used !== undefined) draftHints = whole(data.draft, "hints_used", where, 0, hints ? hints.length : 0);
    }
    // The same article after a reconnection: keep what the student did meanwhile.
    const same = state.article !== null && state.article.id === article.id && state.article.text === article.text;
    const resend = same && !data.submitted && phase === "flagging" ? (state.submitting ? "submit" : state.dirty ? "draft" : null) : null;
    state.unshown = null;
    state.article = article;
    state.words = wordsOf(article.text);
    state.index = index;
    state.count = count;
    state.hints = hints;
    if (!same) {
      state.flags = (draft || []).map((f) => ({ ...f }));
      state.hintsUsed = draftHints;
      state.shownAt = performance.now() - seconds * 1000;
      state.submitting = false;
      state.dirty = false;
      state.keyboard = { anchor: -1, focus: -1 };
      offer(null);
    } else {
      state.hintsUsed = Math.max(state.hintsUsed, draftHints);
      if (!resend && draft) state.flags = draft.map((f) => ({ ...f }));
    }
    state.submitted = data.submitted;
    if (data.submitted) state.submitting = false;
    state.revealed = phase === "revealed";
    state.reveal = null;
    if (state.revealed) {
      try {
        state.reveal = parseReveal(data.reveal);
      } catch (error) {
        if (!(error instanceof Broken)) throw error;
        answersUnshown(error.message);
      }
    } else if (data.reveal !== null && data.reveal !== undefined) {
      fail(`${where}: a reveal while flagging`);
    }
    if (state.reveal && state.reveal.status !== "absent") state.flags = state.reveal.flags.map((f) => ({ ...f }));
    $("counter").textContent = T("Article {n} of {count}", { n: index + 1, count });
    $("meta").textContent = [article.outlet, article.date, article.byline].filter(Boolean).join(" · ");
    show("article");
    drawArticle();
    drawReveal();
    drawControls();
    if (resend === "submit") {
      sendSubmit();
    } else if (resend === "draft") {
      sendDraft();
    }
    if (state.revealed && state.reveal) {
      say(T("The answers are shown below the article."));
    } else if (state.submitted) {
      say(T("Submitted. Wait for your teacher to show the answers."));
    } else if (!same) {
      say(T("Article {n} of {count}: select what looks wrong, flag it, then submit.", { n: index + 1, count }));
    } else {
      say(T("Back in the class."));
    }
  }

  function answersUnshown(reason) {
    const line = ("its answers: " + reason).slice(0, MAX_REASON);
    send({ type: "cannot_show", article: state.article.id, reason: line });
    say(T("The answers to this article could not be shown; your teacher has been told."), true);
  }

  function onReveal(data) {
    let reveal;
    try {
      reveal = parseReveal(data);
    } catch (error) {
      if (!(error instanceof Broken)) throw error;
      state.revealed = true;
      state.submitting = false;
      drawControls();
      answersUnshown(error.message);
      return;
    }
    if (reveal === null) return; // of the article this page could not show
    state.reveal = reveal;
    state.revealed = true;
    state.submitting = false;
    clearTimeout(state.draftTimer);
    if (reveal.status !== "absent") state.flags = reveal.flags.map((f) => ({ ...f }));
    offer(null);
    drawArticle();
    drawReveal();
    drawControls();
    say(T("The answers are shown below the article."));
    $("reveal").scrollIntoView({ block: "start" });
  }

  function onSubmitted(data) {
    const id = text(data, "article", "'submitted'", 64);
    const count = whole(data, "flags", "'submitted'", 0, MAX_FLAGS);
    if (!state.article || id !== state.article.id) return;
    state.submitting = false;
    state.submitted = true;
    state.dirty = false;
    drawControls();
    const receipt = count === 1 ? T("Submitted 1 flag. Wait for your teacher to show the answers.") : T("Submitted {count} flags. Wait for your teacher to show the answers.", { count });
    say(receipt);
  }

  function stop(message) {
    state.stopped = true;
    clearTimeout(state.retryTimer);
    if (state.socket) state.socket.close();
    say(message, true);
  }

  function forget() {
    sessionStorage.removeItem(tokenKey);
    state.token = null;
  }

  function onEnded(data) {
    const reason = text(data, "reason", "'ended'", 300);
    forget();
    state.stopped = true;
    $("ended-reason").textContent = reason;
    show("ended");
    say(T("The class is over. Thank you for taking part."));
  }

  function onError(data) {
    const code = text(data, "code", "'error'", 40);
    const message = text(data, "message", "'error'", 300);
    const fatal = data.fatal === true;
    if (!fatal) {
      say(message, true);
      return;
    }
    state.stopped = true; // the host closes the connection: no coming back to it
    if (!state.joined && ["wrong-code", "name-invalid", "name-taken", "rate-limited", "unknown-token"].includes(code)) {
      // Try again with another code or name.
      forget();
      show("join-form");
      $("join").disabled = false;
      $(code === "name-invalid" || code === "name-taken" ? "name" : "code").focus();
    } else if (["taken-over", "session-ended", "session-full", "unsupported-version"].includes(code)) {
      forget();
    }
    say(message, true);
  }

  const HANDLERS = { welcome: onWelcome, article: onArticle, reveal: onReveal, submitted: onSubmitted, ended: onEnded, error: onError };

  function onMessage(event) {
    try {
      if (typeof event.data !== "string") fail("a binary message");
      if (event.data.length > MAX_HOST_MESSAGE) fail("a message larger than 32 MiB");
      let data;
      try {
        data = JSON.parse(event.data);
      } catch (error) {
        fail("a message that is not JSON");
      }
      if (!isObject(data) || typeof data.type !== "string") fail("a message without a type");
      if (data.v !== VERSION) fail("another version of the protocol");
      const handler = Object.prototype.hasOwnProperty.call(HANDLERS, data.type) ? HANDLERS[data.type] : null;
      if (!handler) fail(`an unknown message (${data.type.slice(0, 40)})`);
      if (!state.joined && data.type !== "welcome" && data.type !== "error") fail(`'${data.type.slice(0, 40)}' before the welcome`);
      handler(data);
    } catch (error) {
      const reason = error instanceof Broken ? error.message : "a message this page could not handle";
      stop(T("The host broke the class protocol ({reason}); this page has disconnected. Ask your teacher.", { reason }));
    }
  }

  // -- the connection -------------------------------------------------------------------------

  /** Send ``message`` if the class has welcomed this connection; whether it went. */
  function send(message) {
    const socket = state.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN || !state.joined) return false;
    socket.send(JSON.stringify({ ...message, v: VERSION }));
    return true;
  }

  /** The class's WebSocket address: this page's host, the port the host filled in. */
  function classAddress() {
    const host = location.hostname;
    const bracketed = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
    return `ws://${bracketed}:${wsPort}/`;
  }

  function connect(first) {
    clearTimeout(state.retryTimer);
    if (!Number.isInteger(wsPort) || wsPort < 1 || wsPort > 65535) {
      say(T("This page does not know the class's port. Open the address your teacher shows."), true);
      return;
    }
    let socket;
    try {
      socket = new WebSocket(classAddress());
    } catch (error) {
      say(T("Could not connect to the class."), true);
      return;
    }
    state.socket = socket;
    state.joined = false;
    socket.addEventListener("open", () => {
      if (socket !== state.socket) return;
      socket.send(JSON.stringify({ ...first(), v: VERSION }));
    });
    socket.addEventListener("message", (event) => {
      if (socket === state.socket) onMessage(event);
    });
    socket.addEventListener("close", () => {
      if (socket !== state.socket) return;
      const wasJoined = state.joined;
      state.joined = false;
      if (state.stopped) return;
      if (!state.token) {
        // Never welcomed: back to the form.
        show("join-form");
        $("join").disabled = false;
        say(T("Could not reach the class. Check the address and try again."), true);
        return;
      }
      const wait = RETRY_SECONDS[Math.min(state.retries, RETRY_SECONDS.length - 1)];
      state.retries += 1;
      const again = wasJoined ? T("The connection was lost; trying again in {seconds} s. Your flags are kept.", { seconds: wait }) : T("Could not reach the class; trying again in {seconds} s.", { seconds: wait });
      say(again, true);
      state.retryTimer = setTimeout(() => connect(() => ({ type: "resume", token: state.token })), wait * 1000);
    });
  }

  function onJoin(event) {
    event.preventDefault();
    const code = $("code").value.trim();
    const name = $("name").value.trim();
    if (!code) {
      say(T("Type the class code your teacher shows."), true);
      $("code").focus();
      return;
    }
    if (!name) {
      say(T("Type your name."), true);
      $("name").focus();
      return;
    }
    forget();
    state.stopped = false;
    state.retries = 0;
    $("join").disabled = true;
    say(T("Joining…"));
    connect(() => ({ type: "join", code, name }));
  }

  // -- text size -----------------------------------------------------------------------------

  function setScale(step) {
    const at = Math.max(0, Math.min(SCALES.length - 1, step));
    document.documentElement.style.setProperty("--scale", String(SCALES[at]));
    $("smaller").disabled = at === 0;
    $("larger").disabled = at === SCALES.length - 1;
    try {
      localStorage.setItem("spotit-text-size", String(at));
    } catch (error) {
      // storage may be off (a private window): the size lasts for this page only
    }
    return at;
  }

  /** The page's own texts (index.html) in the page's language. */
  function translatePage() {
    document.documentElement.lang = TEXTS.language;
    document.title = T(document.title);
    for (const node of document.querySelectorAll("[data-text]")) {
      node.textContent = T(node.textContent.replace(/\s+/g, " ").trim());
    }
    for (const name of ["aria-label", "title", "placeholder"]) {
      for (const node of document.querySelectorAll(`[${name}]`)) node.setAttribute(name, T(node.getAttribute(name)));
    }
  }

  function start() {
    translatePage();
    let step = SCALES.indexOf(1);
    try {
      const saved = Number(localStorage.getItem("spotit-text-size"));
      if (localStorage.getItem("spotit-text-size") !== null && Number.isInteger(saved)) step = saved;
    } catch (error) {
      // no storage: the default size
    }
    step = setScale(step);
    $("smaller").addEventListener("click", () => (step = setScale(step - 1)));
    $("larger").addEventListener("click", () => (step = setScale(step + 1)));
    $("join-form").addEventListener("submit", onJoin);
    $("join-form").addEventListener("input", () => ($("join").disabled = false));
    $("submit").addEventListener("click", submit);
    $("hint").addEventListener("click", useHint);
    $("cancel-flag").addEventListener("click", () => {
      offer(null);
      document.getSelection().removeAllRanges();
      $("text").focus();
    });
    $("again").addEventListener("click", () => {
      state.stopped = false;
      $("join").disabled = false;
      say("");
      show("join-form");
      $("code").focus();
    });
    $("text").addEventListener("keydown", onTextKey);
    $("flag-bar").addEventListener("keydown", onBarKey);
    // Keep the selection when a category is pressed with the mouse.
    $("flag-bar").addEventListener("mousedown", (event) => {
      if (event.target.closest("button")) event.preventDefault();
    });
    document.addEventListener("selectionchange", onSelectionChange);
    $("text").addEventListener("pointerdown", (event) => {
      if (event.pointerType !== "mouse" || event.button !== 0) return;
      state.dragging = true;
      offer(null);
    });
    document.addEventListener("pointerup", () => {
      if (!state.dragging) return;
      state.dragging = false;
      checkSelection();
    });
    if (state.token) {
      say(T("Coming back to your class…"));
      connect(() => ({ type: "resume", token: state.token }));
    } else {
      show("join-form");
      $("code").focus();
    }
  }

  start();
})();
