// The hall staff page: sign in, then one event stream (server-sent events) keeps calls and tiles
// current without reloading. Waiting times are counted here from the server's "waited_s", so the
// tablet's clock does not matter. No build step: plain JavaScript, served as is.
"use strict";

const WORDS = {
  zh_CN: {
    title: "医保服务大厅 · 呼叫与终端", language: "语言", sign_out: "退出", sign_in_title: "工作人员登录",
    staff_no: "工号", pin: "密码", sign_in: "登录", show_as: "长辈看到的是", show_name: "我的名字",
    show_number: "我的工号", sound_on: "打开提示音", calls: "呼叫", no_calls: "现在没有人呼叫。", terminals: "终端",
    wrong: "工号或密码不对。", locked: "错误太多次，这个工号锁定 15 分钟。", failed: "登录没有成功，请再试一次。",
    live: "实时更新中", connecting: "正在连接……", down: "连接中断，正在重新连接……", coming_btn: "我来了", again: "再次提醒",
    waited: (m, s) => m ? `已等 ${m} 分 ${s} 秒` : `已等 ${s} 秒`, n_calls: n => `${n} 个`,
    at_screen: (screen, lang) => `在「${screen}」页面 · 长辈使用${lang}`, going: who => `${who} 正在过去`,
    new_call: where => `${where} 呼叫工作人员`, repeat_call: where => `${where} 还在等工作人员`,
    signed_in: (name, no) => `${name}（${no}）`,
    state: { ok: "正常", warn: "请留意", fault: "有故障", offline: "离线" },
    calling: "正在呼叫",
    problem: {
      never_seen: () => "还没有连上过", offline: p => `${p.since} 以后没有消息`, audit_broken: () => "审计记录异常，请联系管理员",
      dead_letters: p => `${p.n} 件被退回，需要处理`, pending: p => `${p.n} 件待上传` + (p.oldest_s > 60 ? `（最早 ${ago(p.oldest_s)}前）` : ""),
      device: p => `${WORDS.zh_CN.devices[p.device] || p.device}：${WORDS.zh_CN.device_states[p.state] || p.state}`,
    },
    devices: { speech: "语音", printer: "打印机", camera: "摄像头", card_reader: "读卡器" },
    device_states: { fault: "故障", captions_only: "没有声音，只有字幕", missing: "没有连接" },
    screens: { home: "首页", scan: "扫码", id_entry: "输入身份证号", balance: "余额", ledger: "明细", family: "亲情账户",
      receipt: "回执", settings: "语言和字号", ask: "问政策", proxy: "代办", my_filings: "我的备案", face: "刷脸",
      face_consent: "刷脸说明", staff_queue: "待上传", filing: "备案", filing_done: "备案已提交" },
    languages: { zh_CN: "普通话", zh_HK: "粤语", en: "英语", ug: "维吾尔语" },
    minutes: (m, s) => m ? `${m} 分 ${s} 秒` : `${s} 秒`,
    hours: (h, m) => h ? `${h} 小时 ${m} 分` : `${m} 分`,
  },
  en: {
    title: "Service hall · calls and terminals", language: "Language", sign_out: "Sign out", sign_in_title: "Staff sign-in",
    staff_no: "Staff number", pin: "PIN", sign_in: "Sign in", show_as: "The elder sees", show_name: "my name",
    show_number: "my staff number", sound_on: "Turn sound on", calls: "Calls", no_calls: "Nobody is calling.",
    terminals: "Terminals", wrong: "Wrong staff number or PIN.", locked: "Too many tries: this number is locked for 15 minutes.",
    failed: "Sign-in did not work, please try again.", live: "Live", connecting: "Connecting…", down: "Connection lost, reconnecting…",
    coming_btn: "I'm coming", again: "Reminder",
    waited: (m, s) => m ? `waiting ${m} min ${s} s` : `waiting ${s} s`, n_calls: n => `(${n})`,
    at_screen: (screen, lang) => `on "${screen}" · speaks ${lang}`, going: who => `${who} is on the way`,
    new_call: where => `${where} is calling for staff`, repeat_call: where => `${where} is still waiting`,
    signed_in: (name, no) => `${name} (${no})`,
    state: { ok: "OK", warn: "Check", fault: "Fault", offline: "Offline" },
    calling: "Calling now",
    problem: {
      never_seen: () => "never connected", offline: p => `no news since ${p.since}`,
      audit_broken: () => "audit trail broken: call the administrator",
      dead_letters: p => `${p.n} sent back, needs handling`, pending: p => `${p.n} waiting to upload` + (p.oldest_s > 60 ? ` (oldest ${ago(p.oldest_s)})` : ""),
      device: p => `${WORDS.en.devices[p.device] || p.device}: ${WORDS.en.device_states[p.state] || p.state}`,
    },
    devices: { speech: "voice", printer: "printer", camera: "camera", card_reader: "card reader" },
    device_states: { fault: "fault", captions_only: "no sound, captions only", missing: "not connected" },
    screens: { home: "home", scan: "scan", id_entry: "ID number", balance: "balance", ledger: "ledger", family: "family",
      receipt: "receipt", settings: "language and size", ask: "policy questions", proxy: "on behalf", my_filings: "my filings",
      face: "face check", face_consent: "face check notice", staff_queue: "uploads", filing: "filing",
      filing_done: "filing sent" },
    languages: { zh_CN: "Mandarin", zh_HK: "Cantonese", en: "English", ug: "Uyghur" },
    minutes: (m, s) => m ? `${m} min ${s} s` : `${s} s`,
    hours: (h, m) => h ? `${h} h ${m} min` : `${m} min`,
  },
};
const SYMBOLS = { ok: "✓", warn: "▲", fault: "✕", offline: "⏻" };

let lang = localStorage.getItem("hall.language") || "zh_CN";
let snapshot = null, receivedAt = 0, stream = null, audio = null, staff = null, connected = null;
const reminded = new Map();  // call id -> how many reminders played
const $ = id => document.getElementById(id);
const t = () => WORDS[lang] || WORDS.zh_CN;

function ago(seconds) {
  // seconds only while they matter: an upload waiting for 90 minutes is "1 小时 30 分"
  const s = Math.max(0, Math.round(seconds || 0));
  return s < 600 ? t().minutes(Math.floor(s / 60), s % 60) : t().hours(Math.floor(s / 3600), Math.floor(s / 60) % 60);
}

function screenName(words, screen) {
  // filing_category, filing_city ... are steps of one wizard: staff need the service, not the step
  return words.screens[screen] || words.screens[screen.split("_")[0]] || screen;
}

function applyLanguage() {
  document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  $("language").value = lang;
  for (const node of document.querySelectorAll("[data-t]")) {
    const word = t()[node.dataset.t];
    if (typeof word === "string") node.textContent = word;
  }
  document.title = t().title;
  showLive();
  if (staff) $("who").textContent = t().signed_in(staff.name, staff.staff_no);
  render();
}

function showLive() {
  $("live").textContent = connected === null ? t().connecting : connected ? t().live : t().down;
  $("live").classList.toggle("down", connected === false);
}

async function api(path, body) {
  const options = body === undefined ? {} : { method: "POST", headers: { "Content-Type": "application/json" },
                                             body: JSON.stringify(body) };
  const reply = await fetch(path, { credentials: "same-origin", ...options });
  return { status: reply.status, body: await reply.json().catch(() => ({})) };
}

function showSignIn() {
  $("sign-in").hidden = false; $("console").hidden = true; $("sign-out").hidden = true; $("who").hidden = true;
  if (stream) { stream.close(); stream = null; }
  staff = null; connected = null;
  $("staff-no").focus();
}

function showConsole(who) {
  staff = who;
  $("sign-in").hidden = true; $("console").hidden = false; $("sign-out").hidden = false;
  $("who").hidden = false; $("who").textContent = t().signed_in(staff.name, staff.staff_no);
  $("sound").hidden = audio !== null && audio.state === "running";
  listen();
}

function listen() {
  if (stream) stream.close();
  stream = new EventSource("/api/events");
  stream.addEventListener("state", event => {
    const previous = snapshot;
    snapshot = JSON.parse(event.data); receivedAt = performance.now();
    connected = true; showLive();
    announceNew(previous, snapshot);
    render();
  });
  stream.onerror = async () => {
    connected = false; showLive();
    const me = await api("/api/me").catch(() => null);
    if (me && me.status === 200 && !me.body.staff) showSignIn();  // signed out or expired: EventSource would retry forever
  };
}

function sinceSnapshot() { return (performance.now() - receivedAt) / 1000; }

let beeps = 0;

function beep(times) {
  if (!audio) return;
  beeps += times;
  document.body.dataset.beeps = String(beeps);  // how many tones were played (the tests read it)
  for (let i = 0; i < times; i++) {
    const start = audio.currentTime + i * 0.35, tone = audio.createOscillator(), gain = audio.createGain();
    tone.frequency.value = 880; gain.gain.setValueAtTime(0.3, start); gain.gain.setValueAtTime(0, start + 0.2);
    tone.connect(gain).connect(audio.destination); tone.start(start); tone.stop(start + 0.25);
  }
}

function say(text) { $("announce").textContent = text; }

function announceNew(previous, current) {
  const known = new Set(((previous && previous.calls) || []).map(c => c.id));
  for (const call of current.calls) {
    if (call.state === "open" && !known.has(call.id)) { beep(2); say(t().new_call(call.position)); }
  }
}

function remind() {
  // an unanswered call comes back on the page (and sounds) every repeat_after_s
  if (!snapshot) return;
  const every = snapshot.repeat_after_s;
  for (const call of snapshot.calls) {
    if (call.state !== "open") continue;
    const due = Math.floor((call.waited_s + sinceSnapshot()) / every);
    if (due > (reminded.get(call.id) || 0)) {
      reminded.set(call.id, due); beep(3); say(t().repeat_call(call.position));
      render();
      const card = document.querySelector(`[data-call="${call.id}"]`);
      if (card) card.classList.add("repeat");
    }
  }
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const built = { calls: new Map(), terminals: new Map() };  // id -> [signature, node]

function keep(kind, id, signature, make) {
  // a node is rebuilt only when what it shows changed: a finger on 我来了 never lands on a replaced button
  const known = built[kind].get(id);
  if (known && known[0] === signature) return known[1];
  const node = make();
  built[kind].set(id, [signature, node]);
  return node;
}

function place(list, nodes) {
  const same = nodes.length === list.children.length && nodes.every((node, i) => list.children[i] === node);
  if (!same) list.replaceChildren(...nodes);
}

function render() {
  if (!snapshot) return;
  const words = t(), open = snapshot.calls.filter(c => c.state === "open");
  $("call-count").textContent = open.length ? words.n_calls(open.length) : "";
  $("no-calls").hidden = snapshot.calls.length > 0;
  place($("calls"), snapshot.calls.map(call => keep("calls", call.id,
    [lang, call.state, call.answered_by, reminded.get(call.id) || 0].join("|"), () => callCard(call, words))));
  place($("terminals"), snapshot.terminals.map(tile => keep("terminals", tile.terminal_id,
    JSON.stringify([lang, tile.position, tile.state, tile.calling, tile.problems]), () => terminalTile(tile, words))));
  tickWaits();
}

function callCard(call, words) {
  const card = el("li", `call ${call.state}`);
  card.dataset.call = call.id;
  const text = el("div");
  const where = el("div", "where", call.position);
  if ((reminded.get(call.id) || 0) > 0 && call.state === "open") where.append(el("span", "again", words.again));
  text.append(where);
  const waited = el("div", "waited"); waited.dataset.waited = call.id; text.append(waited);
  text.append(el("div", "detail", words.at_screen(screenName(words, call.screen),
                                                  words.languages[call.language] || call.language)));
  card.append(text);
  if (call.state === "open") {
    const button = el("button", "", words.coming_btn);
    button.dataset.answer = call.id;
    button.setAttribute("aria-label", `${words.coming_btn}: ${call.position}`);
    button.addEventListener("click", () => answer(call.id, button));
    card.append(button);
  } else {
    card.append(el("div", "who", words.going(call.answered_by)));
  }
  return card;
}

function tickWaits() {
  if (!snapshot) return;
  for (const call of snapshot.calls) {
    const node = document.querySelector(`[data-waited="${call.id}"]`);
    if (!node) continue;
    const s = Math.round(call.waited_s + (call.state === "open" ? sinceSnapshot() : 0));
    node.textContent = t().waited(Math.floor(s / 60), s % 60);
  }
}

function terminalTile(tile, words) {
  const node = el("li", `tile ${tile.state}`);
  node.dataset.terminal = tile.terminal_id;
  node.append(el("div", "name", tile.position || tile.terminal_id), el("div", "id", tile.terminal_id));
  const state = el("div", "state");
  state.append(el("span", "symbol", SYMBOLS[tile.state]), el("span", "word", words.state[tile.state]));
  state.setAttribute("aria-label", words.state[tile.state]);
  node.append(state);
  if (tile.calling) node.append(el("div", "calling", words.calling));
  const problems = el("ul");
  for (const problem of tile.problems) {
    const describe = words.problem[problem.code];
    problems.append(el("li", `problem ${problem.code}`, describe ? describe(problem) : problem.code));
  }
  if (tile.problems.length) node.append(problems);
  return node;
}

async function answer(callId, button) {
  button.disabled = true;
  const reply = await api(`/api/calls/${callId}/answer`, { show: $("show-as").value }).catch(() => null);
  if (!reply || reply.status !== 200) button.disabled = false;
  if (reply && reply.status === 401) showSignIn();
}

function unlockSound() {
  // browsers play sound only after a touch or click on the page: the sign-in or this button is one
  if (!audio) audio = new (window.AudioContext || window.webkitAudioContext)();
  if (audio.state !== "running") audio.resume();
  $("sound").hidden = true;
}

async function signIn(event) {
  event.preventDefault();
  unlockSound();
  $("sign-in-error").textContent = "";
  const reply = await api("/api/sign-in", { staff_no: $("staff-no").value.trim(), pin: $("pin").value })
    .catch(() => ({ status: 0, body: {} }));
  $("pin").value = "";
  if (reply.status === 200) { showConsole(reply.body.staff); return; }
  const outcome = reply.body.outcome;
  $("sign-in-error").textContent = outcome === "locked" ? t().locked : outcome === "wrong" ? t().wrong : t().failed;
}

async function start() {
  $("language").addEventListener("change", () => { lang = $("language").value; localStorage.setItem("hall.language", lang);
                                                   applyLanguage(); });
  $("show-as").value = localStorage.getItem("hall.show_as") || "name";
  $("show-as").addEventListener("change", () => localStorage.setItem("hall.show_as", $("show-as").value));
  $("sign-in-form").addEventListener("submit", signIn);
  $("sound").addEventListener("click", unlockSound);
  $("sign-out").addEventListener("click", async () => { await api("/api/sign-out", {}); snapshot = null; showSignIn(); });
  applyLanguage();
  setInterval(() => { tickWaits(); remind(); }, 1000);
  const me = await api("/api/me").catch(() => null);
  if (me && me.status === 200 && me.body.staff) showConsole(me.body.staff); else showSignIn();
}

start();
