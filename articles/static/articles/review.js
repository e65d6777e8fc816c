/* The review screen: select raw lines, pick the article they go to, act with the buttons or the keys. */
(function () {
  "use strict";
  const root = document.getElementById("review");
  if (!root) return;
  const form = document.getElementById("lines-form");
  const lines = Array.from(root.querySelectorAll(".ln"));
  const cards = Array.from(root.querySelectorAll(".card"));
  const byNumber = new Map(lines.map((el) => [Number(el.dataset.n), el]));
  let anchor = null, cursor = null, active = null;

  const linesOf = (card) => (card.dataset.lines || "").split(",").filter(Boolean).map(Number);
  const cardOf = (id) => cards.find((c) => c.dataset.id === String(id));

  function light(card, on) {
    for (const n of linesOf(card)) byNumber.get(n)?.classList.toggle("hl", on);
  }

  function activate(card, scroll) {
    if (active) { active.classList.remove("active"); light(active, false); }
    active = card || null;
    if (!active) return;
    active.classList.add("active");
    light(active, true);
    form.elements.target.value = active.dataset.id;
    form.elements.article.value = active.dataset.id;
    if (scroll) {
      active.scrollIntoView({ block: "nearest" });
      const first = linesOf(active)[0];
      if (first && cursor === null) byNumber.get(first)?.scrollIntoView({ block: "center" });
    }
  }

  function select(n, extend) {
    if (!byNumber.has(n)) return;
    if (!extend || anchor === null) anchor = n;
    cursor = n;
    const lo = Math.min(anchor, cursor), hi = Math.max(anchor, cursor);
    for (const [k, el] of byNumber) {
      el.classList.toggle("sel", k >= lo && k <= hi);
      el.classList.toggle("cur", k === cursor);
    }
    form.elements.first.value = lo;
    form.elements.last.value = hi;
    for (const input of root.querySelectorAll('input[name="line"]')) input.value = cursor;
    const owners = (byNumber.get(cursor).dataset.owners || "").split(" ").filter(Boolean);
    for (const card of cards) card.classList.toggle("owner", owners.includes(card.dataset.id));
    byNumber.get(cursor).scrollIntoView({ block: "nearest" });
    const owner = cardOf(owners[0]);
    if (owner) owner.scrollIntoView({ block: "nearest" });
  }

  function submit(op) {
    if (!form.elements.first.value) { window.alert("请先在原文中选择行（点击行号或用 ↑ ↓）。"); return; }
    const button = form.querySelector(`button[value="${op}"]`);
    form.requestSubmit(button);
  }

  for (const el of lines) {
    el.addEventListener("click", (e) => select(Number(el.dataset.n), e.shiftKey));
  }
  for (const card of cards) {
    card.addEventListener("mouseenter", () => light(card, true));
    card.addEventListener("mouseleave", () => { if (card !== active) light(card, false); });
    card.addEventListener("click", (e) => { if (!e.target.closest("form, a, summary, details")) activate(card, true); });
    card.addEventListener("focus", () => activate(card, false));
  }
  form.elements.target.addEventListener("change", () => activate(cardOf(form.elements.target.value), true));

  const step = (list, current, delta) => {
    const i = list.indexOf(current);
    return list[Math.min(list.length - 1, Math.max(0, i < 0 ? 0 : i + delta))];
  };
  const keys = {
    j: () => activate(step(cards, active, 1), true),
    k: () => activate(step(cards, active, -1), true),
    s: () => submit("split"),
    b: () => submit("body"),
    h: () => submit("headline"),
    y: () => submit("byline"),
    a: () => submit("new"),
    f: () => submit("furniture"),
    m: () => active && active.querySelector(".merge-form button")?.click(),
    e: () => {
      if (!active) return;
      const details = active.querySelector("details.edit");
      details.open = true;
      details.querySelector('input[name$="title"]')?.focus();
    },
    r: () => document.getElementById("btn-reviewed").click(),
    n: () => document.getElementById("btn-next").click(),
    "?": () => document.getElementById("keys").classList.toggle("hidden"),
  };
  document.addEventListener("keydown", (e) => {
    if (e.target.closest("input, textarea, select") || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const delta = e.key === "ArrowDown" ? 1 : -1;
      select(Math.min(lines.length, Math.max(1, (cursor ?? 0) + delta)), e.shiftKey);
    } else if (keys[e.key]) {
      e.preventDefault();
      keys[e.key]();
    }
  });
  for (const f of root.querySelectorAll("form")) {
    f.addEventListener("submit", () => {
      for (const input of f.querySelectorAll('input[name="line"]')) input.value = cursor ?? "";
    });
  }

  const params = new URLSearchParams(window.location.search);
  activate(cardOf(params.get("article")) || cards[0], Boolean(params.get("article")));
  if (Number(params.get("line"))) select(Number(params.get("line")), false);
})();
