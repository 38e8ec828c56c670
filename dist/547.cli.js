export const id = 547;
export const ids = [547];
export const modules = {

/***/ 3198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ recheckBreaches)
/* harmony export */ });
/* harmony import */ var _policy_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2575);
/* harmony import */ var _rollout_confirmation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7516);
/* harmony import */ var _rollout_decide_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7414);
/* harmony import */ var _rollout_lookback_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(981);
/* harmony import */ var _telemetry_sources_record_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3085);
/* harmony import */ var _telemetry_window_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(135);
/**
 * The plan's §3.3, "SLO 違反時の再試行: collect-metrics を再実行": when the records a collect just
 * wrote make a rollback rule fire, the windows it fired on are read again from the same sources
 * (each request with the plan's retry schedule, 0.5 s → 8 s) before anything acts on them.
 *
 * - The second read agrees or knows more: it is the record, marked `rechecked`, and the verdict of
 *   every later run says the breach was confirmed (rollout/confirmation.ts).
 * - It knows less (fewer events, an SLI it could not get): the first record stays, unmarked, with
 *   a warning; the verdict says the breach was not confirmed, and the rollback still goes ahead.
 * - The rule no longer fires on what the second read gave: the first read was incomplete, and
 *   the corrected records are what the propose step judges, so nothing is rolled back.
 *
 * Windows already confirmed are not read again, so a breach that lasts all day costs one re-read
 * of each of its windows, not one per run.
 */






async function recheckBreaches(i) {
    // The folder is read once: the second judgement runs on these records with the re-read ones in.
    const { policy, live } = i;
    const spec = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_0__/* .phaseById */ .K6)(policy, live.phase);
    const records = await (0,_telemetry_sources_record_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRecords */ .T3)(i.output, (0,_rollout_lookback_js__WEBPACK_IMPORTED_MODULE_5__/* .lookbackStart */ .fe)(policy, spec, live.since, i.now, live.started), i.now);
    const first = judge(i, records);
    const behind = (0,_rollout_confirmation_js__WEBPACK_IMPORTED_MODULE_1__/* .behindFiredRules */ .eR)(first.rules);
    if (!behind)
        return null;
    const owed = records.filter((r) => r.rechecked === undefined && r.start >= i.horizon && behind(r));
    if (owed.length === 0)
        return null;
    const rule = first.rules.find((r) => r.fired);
    i.log(`re-collect: ${rule.rule} on ${rule.slo} fired; reading its ${owed.length} window(s) again before acting (the plan's §3.3)\n`);
    const fresh = new Map((await i.recollect(owed.map((r) => r.start))).map((r) => [r.start, r]));
    const confirmed = new Map();
    for (const before of owed) {
        const next = fresh.get(before.start);
        const why = next ? knowsLess(before, next) : 'the re-read returned nothing';
        if (why)
            i.log(`warning: ${(0,_telemetry_window_js__WEBPACK_IMPORTED_MODULE_4__/* .windowFileName */ .gp)(before.end)}: kept the first read, not confirmed: ${why}\n`);
        else
            confirmed.set(before.start, { ...next, rechecked: i.now });
    }
    const written = await (0,_telemetry_sources_record_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeRecords */ .Wh)(i.output, [...confirmed.values()]);
    const again = judge(i, records.map((r) => confirmed.get(r.start) ?? r));
    const stillFires = fires(again);
    i.log(stillFires
        ? `re-collect: the breach stands (${confirmed.size} of ${owed.length} window(s) confirmed): ${again.decision.reasons[0]}\n`
        : `re-collect: the breach is gone after reading ${owed.length} window(s) again (the first read was incomplete); nothing rolls back on it\n`);
    return {
        windows: owed.length,
        confirmed: confirmed.size,
        stillFires,
        files: written.filter((w) => w.changed).map((w) => w.path),
    };
}
function judge(i, records) {
    const { policy, live } = i;
    return (0,_rollout_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._)({
        policy,
        phase: live.phase,
        since: live.since,
        records,
        at: Math.max(i.now, live.since),
        entered: live.entered,
        started: live.started,
    });
}
/** A rollback rule fired (a rollback, or an alert where there is no earlier phase). */
function fires(ev) {
    return ev.rules.some((r) => r.fired);
}
/** Why the second read is worse than the first; undefined when it agrees or knows more. */
function knowsLess(before, next) {
    if (next.counts.events < before.counts.events)
        return `it found ${next.counts.events} events, the first ${before.counts.events}`;
    const lost = [...before.slis.keys()].filter((id) => !next.slis.has(id));
    if (lost.length)
        return `it could not get ${lost.join(', ')} (${next.missing.get(lost[0]) ?? 'missing'})`;
    return undefined;
}


/***/ }),

/***/ 6547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubDemoCommand: () => (/* binding */ githubDemoCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** A clock that reads `now()` from the caller and never waits (replays, the demo, tests). */
function manualClock(now) {
    return { now, sleep: async () => { } };
}

// EXTERNAL MODULE: ./src/commands/confirm.ts
var commands_confirm = __webpack_require__(3198);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/plan/charts.ts
var charts = __webpack_require__(3862);
// EXTERNAL MODULE: ./src/plan/status.ts
var plan_status = __webpack_require__(7357);
// EXTERNAL MODULE: ./src/policy/model.ts
var model = __webpack_require__(2575);
// EXTERNAL MODULE: ./src/report/html.ts + 5 modules
var report_html = __webpack_require__(6000);
// EXTERNAL MODULE: ./src/input.ts
var input = __webpack_require__(3599);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
;// CONCATENATED MODULE: ./src/notify/http.ts
/**
 * One POST to a webhook, retried the plan's way (src/retry.ts): 408, 429, 5xx and network
 * failures are retried with back-off (Retry-After honoured), any other answer fails at once.
 * Webhook URLs are secrets (a Slack webhook URL is its own credential), so only the host is
 * ever logged or put in an error.
 */

/** A webhook failure; the message already names the input and the fix. */
class http_WebhookError extends Error {
    input;
    status;
    retryable;
    retryAfterMs;
    name = 'WebhookError';
    constructor(message, input, status, retryable, retryAfterMs) {
        super(message);
        this.input = input;
        this.status = status;
        this.retryable = retryable;
        this.retryAfterMs = retryAfterMs;
    }
}
/** The host of a webhook URL, the only part safe to print. Throws naming the input when it is no URL. */
function http_webhookHost(url, input) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new http_WebhookError(`${input}: the value is not a URL; set it to the webhook's https:// URL`, input, null, false);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new http_WebhookError(`${input}: only http(s) URLs are supported, got ${parsed.protocol}`, input, null, false);
    }
    return parsed.host;
}
async function http_postWithRetry(opts) {
    const host = http_webhookHost(opts.url, opts.input);
    const log = opts.log ?? (() => { });
    const now = opts.now ?? Date.now;
    let attempts = 0;
    const once = async () => {
        attempts++;
        let res;
        try {
            res = await fetch(opts.url, {
                method: 'POST',
                headers: typeof opts.headers === 'function' ? opts.headers() : opts.headers,
                body: typeof opts.body === 'string' ? opts.body : new Uint8Array(opts.body), // an ArrayBuffer-backed copy, as BodyInit wants
                redirect: 'manual',
                signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
            });
        }
        catch (err) {
            const retryable = isNetworkError(err);
            throw new http_WebhookError(`${opts.input}: ${describe(err, opts.url, host)}`, opts.input, null, retryable);
        }
        const body = (await res.text().catch(() => '')).slice(0, 500).trim();
        if (res.status >= 200 && res.status < 300)
            return { status: res.status, body, attempts };
        const retryable = res.status === 408 || res.status === 429 || res.status >= 500;
        const message = retryable
            ? `${opts.input}: ${opts.target} (${host}) answered ${res.status} ${body}`.trim()
            : res.status >= 300 && res.status < 400
                ? `${opts.input}: ${opts.target} (${host}) answered ${res.status}, a redirect; set the input to the final URL`
                : opts.rejected(res.status, body);
        const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now());
        throw new http_WebhookError(message, opts.input, res.status, retryable, retryAfterMs);
    };
    try {
        return await withRetry(once, {
            backoffMs: opts.backoffMs,
            sleep: opts.sleep,
            classify: (err) => err instanceof http_WebhookError
                ? { retryable: err.retryable, retryAfterMs: err.retryAfterMs }
                : { retryable: false },
            onAttemptFailed: ({ attempt, error, retrying, delayMs }) => {
                const why = error instanceof Error ? error.message : String(error);
                log(`POST ${host} attempt ${attempt} failed: ${why}${retrying ? `; retrying in ${delayMs} ms` : ''}`);
            },
        });
    }
    catch (err) {
        if (err instanceof http_WebhookError && err.retryable) {
            throw new http_WebhookError(`${err.message}; gave up after ${attempts} attempts. The phase change itself is merged: re-run the job to send it again`, err.input, err.status, true);
        }
        throw err;
    }
}
/** A network error's message and code, with the URL (if the runtime put it in) cut down to the host. */
function describe(err, url, host) {
    const parts = [];
    for (let e = err, depth = 0; e && depth < 4; depth++) {
        const msg = e.message;
        const code = e.code;
        if (typeof msg === 'string' && msg)
            parts.push(typeof code === 'string' && !msg.includes(code) ? `${msg} (${code})` : msg);
        e = e.cause;
    }
    const text = parts.join(': ') || String(err);
    return `request to ${host} failed: ${text.split(url).join(host)}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/standardwebhooks/dist/index.js
var dist = __webpack_require__(5487);
;// CONCATENATED MODULE: ./src/notify/lock.ts
/**
 * The UI's read-only-lock notice after a rollback (the plan's `autosave.lock.readonly`): a JSON
 * POST signed as Standard Webhooks specifies (https://www.standardwebhooks.com), with the
 * `standardwebhooks` package, so any receiver library for the spec verifies it:
 *   webhook-id: <uuid>, the same for every attempt and re-run of this rollback's notice;
 *   webhook-timestamp: <unix seconds of this attempt>;
 *   webhook-signature: v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>.
 * The id and the time are signed with the body: a captured notice replayed later fails the
 * receiver's five-minute tolerance, and one replayed at once is a duplicate id. The key is the
 * secret's bytes, or a `whsec_<base64>` secret decoded, as the spec's libraries read it.
 */



const lock_LOCK_URL_INPUT = 'lock-webhook-url';
const lock_LOCK_SECRET_INPUT = 'lock-webhook-secret';
/** The spec's verifier for a secret as phasegate's input holds it (`whsec_…` or plain text). */
function lockWebhook(secret) {
    return secret.startsWith('whsec_')
        ? new Webhook(secret)
        : new Webhook(new Uint8Array(Buffer.from(secret, 'utf8')), { format: 'raw' });
}
/** The three Standard Webhooks headers for one attempt. */
function signedHeaders(secret, id, at, body) {
    return {
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(at / 1000)),
        'webhook-signature': lockWebhook(secret).sign(id, new Date(at), body),
    };
}
async function lock_postLock(notice, opts) {
    if (!opts.secret) {
        throw new WebhookError(`${lock_LOCK_SECRET_INPUT}: empty; the lock notice is never sent unsigned. Pass the shared secret (a repository secret) as ${lock_LOCK_SECRET_INPUT}`, lock_LOCK_SECRET_INPUT, null, false);
    }
    const text = JSON.stringify(notice);
    const deliveryId = opts.deliveryId ?? noticeId(notice);
    const now = opts.now ?? Date.now;
    const result = await postWithRetry({
        url: opts.url,
        body: Buffer.from(text, 'utf8'),
        // Signed anew per attempt: a retry after a long wait still carries a fresh timestamp.
        headers: () => ({
            'Content-Type': 'application/json',
            'User-Agent': 'phasegate',
            ...signedHeaders(opts.secret, deliveryId, now(), text),
        }),
        input: lock_LOCK_URL_INPUT,
        target: 'the lock webhook',
        rejected: (status, answer) => `${lock_LOCK_URL_INPUT}: the lock webhook rejected the ${notice.event} notice with ${status} ${answer || '(empty body)'} (not retried): ${status === 401 || status === 403
            ? `check that ${lock_LOCK_SECRET_INPUT} is the secret the receiver verifies with`
            : `check ${lock_LOCK_URL_INPUT} points at the receiver's endpoint`}`,
        sleep: opts.sleep,
        log: opts.log && ((line) => opts.log(`lock: ${line}`)),
        backoffMs: opts.backoffMs,
        timeoutMs: opts.timeoutMs,
    });
    return { ...result, deliveryId, sent: text };
}
/**
 * The delivery id of a notice: the same rollback (rollout, PR or time, target) always gets the
 * same id, so a receiver drops the duplicate when a re-run of apply sends it again. UUID-shaped.
 */
function noticeId(notice) {
    const key = `${notice.rollout}:${notice.pr ?? notice.at}:${notice.from}->${notice.phase}`;
    const h = (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

;// CONCATENATED MODULE: ./src/notify/slack.ts
/**
 * Posting to a Slack incoming webhook: `POST {"text": …}` (plus one mrkdwn section block), and
 * Slack answers 200 `ok`. Its 4xx answers name what is wrong (invalid_payload, no_service, …);
 * those are not retried and the error says how to fix the `slack-webhook` input.
 * https://api.slack.com/messaging/webhooks#handling_errors
 */

const slack_SLACK_INPUT = 'slack-webhook';
/** Slack rejects a section block whose text is longer (the top-level text may be 40,000). */
const SECTION_LIMIT = 3000;
/** The JSON body Slack receives. */
function slackPayload(text, blocks = true) {
    if (!blocks || text.length > SECTION_LIMIT)
        return { text };
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
async function slack_postSlack(text, opts) {
    const body = Buffer.from(JSON.stringify(slackPayload(text, opts.blocks ?? true)), 'utf8');
    return postWithRetry({
        url: opts.webhookUrl,
        body,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        input: slack_SLACK_INPUT,
        target: 'Slack',
        rejected: slackRejected,
        sleep: opts.sleep,
        log: opts.log && ((line) => opts.log(`slack: ${line}`)),
        backoffMs: opts.backoffMs,
        timeoutMs: opts.timeoutMs,
    });
}
const NEW_WEBHOOK = 'create a new incoming webhook in Slack (Apps → Incoming WebHooks) and store its URL in the secret passed as the slack-webhook input';
const FIXES = {
    invalid_payload: 'Slack could not read the message; check the template renders plain text, and report a phasegate bug if it does',
    invalid_token: `the webhook's token is no longer valid; ${NEW_WEBHOOK}`,
    no_service: `the webhook is disabled, revoked or mistyped; ${NEW_WEBHOOK}`,
    no_team: `the Slack workspace of this webhook no longer exists; ${NEW_WEBHOOK}`,
    team_disabled: `the Slack workspace of this webhook is disabled; ${NEW_WEBHOOK}`,
    channel_not_found: `the webhook's channel was deleted; ${NEW_WEBHOOK} for the channel to post in`,
    channel_is_archived: `the webhook's channel is archived; unarchive it, or ${NEW_WEBHOOK}`,
    action_prohibited: 'a Slack admin restricted this webhook; ask them to allow it, or use another webhook',
    posting_to_general_channel_denied: `only admins may post to that channel; ${NEW_WEBHOOK} for another channel`,
    user_not_found: `the webhook's user was not found; ${NEW_WEBHOOK}`,
};
function slackRejected(status, body) {
    const code = body.split(/\s/)[0] ?? '';
    const fix = FIXES[code] ?? `check that the slack-webhook input holds a working incoming-webhook URL; ${NEW_WEBHOOK}`;
    return `${slack_SLACK_INPUT}: Slack rejected the message with ${status} ${body || '(empty body)'} (not retried): ${fix}`;
}

;// CONCATENATED MODULE: ./src/notify/notifier.ts



class WebhookNotifier {
    config;
    /** Checks the inputs now, so a bad URL or a missing secret fails before anything is sent. */
    constructor(config) {
        this.config = {
            ...config,
            slackWebhook: config.slackWebhook?.trim() || undefined,
            lockUrl: config.lockUrl?.trim() || undefined,
        };
        if (this.config.slackWebhook)
            webhookHost(this.config.slackWebhook, SLACK_INPUT);
        if (this.config.lockUrl) {
            webhookHost(this.config.lockUrl, LOCK_URL_INPUT);
            if (!config.lockSecret) {
                throw new Error(`${LOCK_SECRET_INPUT}: required with ${LOCK_URL_INPUT}; the lock notice is always signed. Pass the receiver's shared secret as ${LOCK_SECRET_INPUT}`);
            }
        }
    }
    /** A notifier that checks the inputs and builds itself on its first message. */
    static lazy(config) {
        let built;
        const get = () => {
            built ??= new WebhookNotifier(config);
            return built;
        };
        return { slack: async (m) => get().slack(m), lock: async (n) => get().lock(n) };
    }
    get common() {
        const c = this.config;
        return { sleep: c.sleep, log: c.log, backoffMs: c.backoffMs, timeoutMs: c.timeoutMs };
    }
    async slack(message) {
        const url = this.config.slackWebhook;
        if (!url) {
            const why = `${SLACK_INPUT} not set: no Slack message for the ${message.kind}`;
            return { line: why, skipped: why };
        }
        const sent = await postSlack(message.text, {
            ...this.common,
            webhookUrl: url,
            blocks: this.config.blocks,
        });
        return {
            line: `posted the ${message.kind} message to Slack (${webhookHost(url, SLACK_INPUT)}, attempt ${sent.attempts})`,
        };
    }
    async lock(notice) {
        const url = this.config.lockUrl;
        if (!url) {
            const why = `${LOCK_URL_INPUT} not set: the UI was not sent ${notice.event}; set ${LOCK_URL_INPUT} and ${LOCK_SECRET_INPUT}`;
            return { line: why, skipped: why };
        }
        const sent = await postLock(notice, { ...this.common, url, secret: this.config.lockSecret ?? '' });
        return {
            line: `sent ${notice.event} to ${webhookHost(url, LOCK_URL_INPUT)} (delivery ${sent.deliveryId}, attempt ${sent.attempts})`,
        };
    }
}
/** Logs what would be sent; sends nothing (the dry-run input). */
class DryRunNotifier {
    log;
    constructor(log = () => { }) {
        this.log = log;
    }
    async slack(message) {
        const line = `dry run: would post to Slack (${message.template}):\n${message.text}`;
        this.log(line);
        return { line, skipped: 'dry run' };
    }
    async lock(notice) {
        const line = `dry run: would POST the lock notice ${JSON.stringify(notice)} (delivery ${noticeId(notice)})`;
        this.log(line);
        return { line, skipped: 'dry run' };
    }
}

;// CONCATENATED MODULE: ./src/plan/intents.ts
/** One line per intent, for logs, dry-run and tests: what, on what, and the gist. */
function describeIntent(i) {
    switch (i.type) {
        case 'commit-records':
            return `commit ${i.files.length} window record file(s)${i.appends.length ? ` and the run's log (${i.appends.map((a) => a.path).join(', ')})` : ''} to ${i.branch ?? 'the default branch'}`;
        case 'append-runbook':
            return `append ${i.append.entries.length} entr${i.append.entries.length === 1 ? 'y' : 'ies'} to ${i.append.path} on ${i.branch ?? 'the default branch'}`;
        case 'open-proposal':
            return `open a PR from ${i.branch}: ${i.title}`;
        case 'update-proposal':
            return `update #${i.pr}${i.change ? ` and re-point ${i.branch} at the live phase` : ''}: ${i.title}`;
        case 'close-proposal':
            return `close #${i.pr}: ${i.reason}`;
        case 'set-gate':
            return `set phasegate/verdict=${i.state} on #${i.pr} (${i.sha.slice(0, 7)}): ${i.description}`;
        case 'upsert-verdict':
            return `${i.comment === null ? 'post' : 'update'} the verdict comment on #${i.pr}`;
        case 'merge':
            return `merge #${i.pr}: ${i.title}`;
        case 'lock-notice':
            return `send ${i.notice.event} (${i.notice.from} → ${i.notice.phase}) to the lock webhook`;
        case 'open-rca':
            return `open the RCA issue "${i.title}"${i.assignees.length ? ` for @${i.assignees.join(', @')}` : ''}`;
        case 'send-slack':
            return `post the ${i.kind} message to Slack (${i.template})`;
        case 'add-label':
            return `label #${i.pr} ${i.label}`;
        case 'upsert-dashboard':
            return i.issue === null ? `open and pin "${i.title}"` : `update the dashboard issue #${i.issue}`;
        case 'post-daily-note':
            return `post the daily note for ${i.date} on #${i.issue}`;
    }
}

// EXTERNAL MODULE: ./src/interpreters/book.ts + 1 modules
var book = __webpack_require__(7642);
;// CONCATENATED MODULE: ./src/interpreters/dry-run.ts
/**
 * The dry-run interpreter: reads where the run really is (GitHub), then plays the run forward on
 * an in-memory PR book seeded with what it read, printing every intent and writing nothing. So a
 * dry run shows the whole run (the rollback PR, its merge, the lock notice, the RCA issue, Slack),
 * with made-up numbers for what it would create.
 */



class DryRunWorld {
    real;
    book;
    constructor(real) {
        this.real = real;
    }
    async gather(trigger, memory) {
        if (this.book)
            return this.book.gather(trigger, memory);
        const facts = await this.real.gather(trigger, memory);
        this.book = book/* PrBook */.G.fromFacts(facts, new DryRunNotifier());
        return facts;
    }
    async carryOut(intent) {
        if (!this.book)
            throw new Error('dry run: carryOut before gather');
        const outcome = await this.book.carryOut(intent);
        // The notifier's own line has what would be sent (the Slack text, the lock notice).
        const notice = intent.type === 'send-slack' || intent.type === 'lock-notice';
        return {
            status: outcome.status,
            line: notice ? outcome.line : `dry run: would ${describeIntent(intent)}`,
        };
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * The Octokit client phasegate uses: @actions/github's getOctokit (it honours GITHUB_API_URL)
 * with every request wrapped in the plan's retry (src/retry.ts). Retried: 5xx, dropped
 * connections, 429 and rate limits (primary and secondary, waiting at least `retry-after` or
 * until `x-ratelimit-reset`). Not retried: every other 4xx, which is an answer, not an accident;
 * a wait past the job's deadline (it fails now instead of being killed mid-write); and a create
 * (issue, comment) whose answer was lost or was a 5xx: GitHub may have made it, so a blind retry
 * can make two. The caller looks for it first (createOnce in the GitHub interpreter).
 */


function classifyGitHubError(err, now) {
    const e = err;
    const status = typeof e?.status === 'number' ? e.status : undefined;
    const headers = e?.response?.headers ?? {};
    const retryAfterMs = (0,retry/* parseRetryAfter */.mu)(headers['retry-after'], now);
    if (status === undefined || !e.response)
        return { retryable: (0,retry/* isNetworkError */.TX)(err), retryAfterMs };
    if (status >= 500 || status === 429)
        return { retryable: true, retryAfterMs };
    if (status === 403) {
        if (retryAfterMs !== undefined || /secondary rate limit/i.test(e.message ?? '')) {
            return { retryable: true, retryAfterMs: retryAfterMs ?? 60_000 };
        }
        if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
            return {
                retryable: true,
                retryAfterMs: Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - now),
            };
        }
    }
    return { retryable: false };
}
/** POSTs that make a new thing each time they land: issues and comments. */
const CREATES = /^\/repos\/\{owner\}\/\{repo\}\/issues(\/\{issue_number\}\/comments)?$/;
/**
 * A failure that does not tell whether the write happened: no answer (a dropped connection, a
 * timeout) or a 5xx. Whoever retries such a create must look for it first.
 */
function isAmbiguousFailure(err) {
    const status = statusOf(err);
    return status === undefined ? (0,retry/* isNetworkError */.TX)(err) : status >= 500;
}
function createClient(o) {
    const octokit = (0,github/* getOctokit */.Q)(o.token, o.baseUrl ? { baseUrl: o.baseUrl } : {});
    const now = o.now ?? Date.now;
    octokit.hook.wrap('request', (request, options) => (0,retry/* withRetry */.bD)(async () => request(options), {
        classify: (err) => options.method === 'POST' && CREATES.test(String(options.url)) && isAmbiguousFailure(err)
            ? { retryable: false }
            : classifyGitHubError(err, now()),
        maxWaitMs: o.deadline === undefined ? undefined : () => o.deadline - now(),
        sleep: o.sleep ?? retry/* realSleep */.uk,
        onAttemptFailed: ({ attempt, error, retrying, delayMs }) => {
            if (!retrying)
                return;
            const status = error.status ?? 'network error';
            const what = `${options.method} ${String(options.url)}`;
            o.log(`GitHub ${what}: attempt ${attempt} failed (${status}: ${firstLine(error)}); retrying in ${delayMs / 1000}s`);
        },
    }));
    return octokit;
}
function firstLine(err) {
    const message = err instanceof Error ? err.message : String(err);
    return message.split('\n')[0].slice(0, 200);
}
/** The HTTP status of an Octokit error, or undefined for anything else. */
function statusOf(err) {
    const status = err?.status;
    return typeof status === 'number' && err.response ? status : undefined;
}
/** GitHub's error message including its `errors[].message` details (where "already exists" lives). */
function messageOf(err) {
    const e = err;
    const data = e?.response?.data;
    const details = (data?.errors ?? []).map((x) => x.message ?? x.code ?? '').filter(Boolean);
    return [data?.message ?? e?.message ?? String(err), ...details].join(': ');
}
/** A 422 Validation Failed that names one of `fields` among its errors (GitHub's `errors[].field`). */
function isInvalidField(err, fields) {
    if (statusOf(err) !== 422)
        return false;
    const data = err.response?.data;
    return (data?.errors ?? []).some((e) => typeof e.field === 'string' && fields.includes(e.field));
}
/** Pushes to a protected branch fail with GH006/GH013: say so, and name the fix. */
function protectedBranchHint(branch, text, status) {
    if (/protected|GH006|GH013|rule/i.test(text) || status === 403) {
        return `cannot commit window records to "${branch}": ${text}. The branch is protected; keep the records on a data branch with the input records-branch (e.g. phasegate-data), see docs/setup.md`;
    }
    return `committing window records to "${branch}" failed: ${text}`;
}

// EXTERNAL MODULE: ./src/plan/names.ts
var names = __webpack_require__(2471);
// EXTERNAL MODULE: ./src/render/append.ts
var append = __webpack_require__(898);
// EXTERNAL MODULE: ./src/render/proposal.ts
var proposal = __webpack_require__(2524);
// EXTERNAL MODULE: ./src/render/markers.ts
var markers = __webpack_require__(6327);
// EXTERNAL MODULE: ./src/rollout/approvals.ts
var approvals = __webpack_require__(8361);
// EXTERNAL MODULE: ./src/rollout/codeowners.ts
var rollout_codeowners = __webpack_require__(9028);
// EXTERNAL MODULE: ./src/rollout/current.ts
var rollout_current = __webpack_require__(7236);
// EXTERNAL MODULE: ./src/rollout/lookback.ts
var lookback = __webpack_require__(981);
// EXTERNAL MODULE: ./src/plan/change.ts
var change = __webpack_require__(7023);
;// CONCATENATED MODULE: ./src/interpreters/github/pulls.ts
/**
 * The open phase PRs of a run, with what the gate reads: the files each changes and the phase its
 * current.yaml names at the head (what it proposes comes from the diff, never from a marker
 * anyone can paste), its reviews, its status and phasegate's verdict comment.
 */




async function gatherPulls(ctx, trigger, policy, file, read) {
    const me = (await ctx.forge.identity()).toLowerCase();
    if (trigger.command === 'gate')
        return [await details(ctx, await ctx.forge.getPull(trigger.pr), me, policy, file)];
    // phasegate's own proposals: its marker, in a PR it opened (anyone can paste a marker).
    const open = (read?.pulls ?? (await ctx.forge.openPulls(names/* PHASEGATE_LABEL */.eH))).filter((p) => (0,change/* ourProposal */.dT)({ policy, identity: me }, p) !== null);
    if (trigger.command === 'status')
        return open.map((p) => ({
            ...withoutDetails(p),
            reviews: [],
            status: null,
            verdictComment: null,
            files: [],
            headPhase: null,
        }));
    const out = [];
    for (const pr of open) {
        const read = pr.details;
        out.push(read ? opened(pr, read, me, policy, file) : await details(ctx, pr, me, policy, file));
    }
    return out;
}
function withoutDetails(p) {
    const { details: _, ...pull } = p;
    return pull;
}
/** The gate's reads of one PR, however they were fetched. */
function opened(pr, d, me, policy, file) {
    // Anyone can paste a marker: only the token's own comment is the sticky one.
    const mine = d.comments.find((c) => c.author.toLowerCase() === me && (0,markers/* hasVerdictMarker */.O7)(c.body, policy.rollout));
    return {
        number: pr.number,
        url: pr.url,
        title: pr.title,
        body: pr.body,
        author: pr.author,
        headRef: pr.headRef,
        headSha: pr.headSha,
        labels: pr.labels,
        fromFork: pr.fromFork,
        reviews: d.reviews,
        status: d.status,
        verdictComment: mine ? { id: mine.id, body: mine.body } : null,
        files: d.files,
        // The gate says in red when it names none.
        headPhase: (0,rollout_current/* namedPhase */.dM)(d.files.includes(file) ? d.headFile : null, policy),
    };
}
async function details(ctx, pr, me, policy, file) {
    const { forge } = ctx;
    const files = await forge.pullFiles(pr.number);
    return opened(pr, {
        files,
        headFile: files.includes(file) ? await forge.readFile(file, pr.headSha) : null,
        comments: await forge.comments(pr.number),
        reviews: await forge.reviews(pr.number),
        status: await forge.getStatus(pr.headSha, names/* STATUS_CONTEXT */.j),
    }, me, policy, file);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/holidays/date-holidays.ts
var date_holidays = __webpack_require__(7999);
// EXTERNAL MODULE: ./src/notify/load.ts
var load = __webpack_require__(3373);
// EXTERNAL MODULE: ./src/policy/compile.ts + 3 modules
var compile = __webpack_require__(381);
;// CONCATENATED MODULE: ./src/interpreters/github/trusted.ts
/**
 * Where a run takes its rules from: the policy, CODEOWNERS, the QA checklist and the Slack
 * templates. A scheduled run, an apply on a push and a manual rollback check out the default
 * branch, so the checkout is trusted. The gate is different: on pull_request events the checkout
 * is the PR's merge, written by whoever opened it, so a PR that relaxes the policy (approvals: 0,
 * an empty checklist) in the same change would judge itself. The gate reads them from the base
 * branch through the API instead, whatever the checkout holds.
 */







/** The policy folder of the checkout, with the time-zone setting applied. */
function loadRunPolicy(ctx) {
    const loaded = ctx.workspace.policy(ctx.config);
    return { ...loaded, policy: withTimezone(ctx, loaded.policy) };
}
async function trustedRules(ctx, trigger) {
    if (trigger.command === 'gate')
        return fromBranch(ctx, await ctx.forge.defaultBranch());
    const loaded = loadRunPolicy(ctx);
    const { policy } = loaded;
    const read = (path) => {
        const text = ctx.workspace.read(path);
        return text === undefined ? null : { path, text };
    };
    return {
        policy,
        file: (0,external_node_path_.relative)(ctx.workspace.root, loaded.currentPath).split('\\').join('/'),
        codeowners: rollout_codeowners/* CODEOWNERS_LOCATIONS */.B$.map(read).find((f) => f !== null) ?? null,
        checklist: read(policy.github.checklist),
        // Read and checked on every run, so a broken template fails the first run, not the first rollback.
        templates: {
            ...(0,load/* loadTemplates */.K)(loaded.dir, policy.notify, ctx.config),
            ...runbookTemplate((0,load/* loadRunbookTemplate */.J)(loaded.dir, policy.runbook, ctx.config)),
        },
    };
}
/** The rules as the branch `ref` holds them, read through the API. */
async function fromBranch(ctx, ref) {
    const read = async (path) => {
        const text = await ctx.forge.readFile(path, ref);
        return text === null ? null : { path, text };
    };
    const dir = ctx.config.replace(/\/+$/, '');
    const rollout = await read((0,external_node_path_.join)(dir, compile/* ROLLOUT_FILE */.fz));
    if (!rollout)
        throw new input/* InputError */.dz(`${dir}/${compile/* ROLLOUT_FILE */.fz} is missing on ${ref}; the gate judges with the policy of the branch a PR merges into`);
    const files = { [compile/* ROLLOUT_FILE */.fz]: rollout.text };
    const phases = (0,yaml_dist/* parse */.qg)(rollout.text)?.phases;
    for (const id of Array.isArray(phases) ? phases : []) {
        if (typeof id !== 'string')
            continue;
        const phase = await read((0,external_node_path_.join)(dir, `${id}.yaml`));
        if (phase)
            files[`${id}.yaml`] = phase.text;
    }
    const policy = withTimezone(ctx, (0,date_holidays/* withPublicHolidays */.NI)((0,compile/* compilePolicy */.C_)({ dir, files })));
    let codeowners = null;
    for (const path of rollout_codeowners/* CODEOWNERS_LOCATIONS */.B$) {
        codeowners = await read(path);
        if (codeowners)
            break;
    }
    return {
        policy,
        file: (0,external_node_path_.join)(dir, compile/* CURRENT_FILE */.di),
        codeowners,
        checklist: await read(policy.github.checklist),
        templates: {},
    };
}
function runbookTemplate(t) {
    return t ? { runbookDaily: t } : {};
}
function withTimezone(ctx, policy) {
    const tz = ctx.timezone?.trim();
    if (!tz)
        return policy;
    try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
    }
    catch {
        throw new input/* InputError */.dz(`input "timezone": "${tz}" is not an IANA time zone such as Asia/Tokyo or UTC`);
    }
    return { ...policy, timezone: tz };
}

;// CONCATENATED MODULE: ./src/interpreters/github/gather.ts
/**
 * What a run knows, read from GitHub (through the forge port) and the checkout (the workspace
 * port). Only what the trigger's rules read is fetched: a propose run reads the open phase PRs
 * with their reviews, status and verdict comment; a status run the dashboard; an apply run the
 * pushed commit's PR. A scheduled command (collect, evaluate, propose, rollback, status) asks for
 * all of it at once (forge.readRun: one GraphQL query on GitHub); the gate and apply, which read
 * another branch or commit, ask piece by piece.
 */










async function gatherFromGithub(ctx, trigger, memory) {
    const rules = await trustedRules(ctx, trigger);
    const { policy, file } = rules;
    const now = ctx.clock.now();
    const { forge } = ctx;
    const apply = trigger.command === 'apply';
    const needsPulls = ['propose', 'rollback', 'gate', 'status'].includes(trigger.command);
    const needsIssues = apply || trigger.command === 'status' || memory.merged.length > 0;
    // The gate and apply read another branch or commit: piece by piece, below.
    const read = apply || trigger.command === 'gate'
        ? null
        : await forge.readRun(runReadRequest(trigger, policy, file, needsPulls, needsIssues));
    const { current, since, merged, before } = await livePhase(ctx, trigger, policy, file, now, read);
    const phase = (0,model/* phaseById */.K6)(policy, current.phase);
    const at = Math.max(now, since);
    // Who approved the merged change, for the Runbook's 判定 entry: only when it is announced.
    const announced = merged && (apply || memory.merged.includes(merged.number));
    return {
        trigger,
        now,
        policy,
        templates: rules.templates,
        live: {
            phase: current.phase,
            since,
            entered: current.entered,
            started: current.started,
            reason: current.reason,
            file,
        },
        previousPhase: before,
        records: await ctx.workspace.records(ctx.records, (0,lookback/* lookbackStart */.fe)(policy, phase, since, at, current.started), at),
        checklist: rules.checklist,
        codeowners: rules.codeowners,
        teams: needsPulls && trigger.command !== 'status' ? await readTeams(ctx, policy, rules.codeowners, file) : {},
        pulls: needsPulls ? await gatherPulls(ctx, trigger, policy, file, read) : [],
        merged: merged && {
            number: merged.number,
            url: merged.url,
            body: merged.body,
            author: merged.author,
            labels: merged.labels,
            mergedAt: merged.mergedAt ?? now,
            ...(announced && !merged.labels.includes(names/* APPLIED_LABEL */.tl)
                ? { approvedBy: (0,approvals/* latestApprovers */.s7)(await forge.reviews(merged.number)) }
                : {}),
        },
        rcaIssues: needsIssues
            ? await ourIssues(ctx, read, names/* RCA_LABEL */.y4, (b) => (0,markers/* parseRcaMarker */.KC)(b)?.rollout === policy.rollout)
            : [],
        dashboard: trigger.command === 'status'
            ? ((await ourIssues(ctx, read, names/* DASHBOARD_LABEL */.up, (b) => (0,markers/* parseDashboardMarker */.Ao)(b, policy.rollout) !== null))[0] ?? null)
            : null,
        identity: await forge.identity(),
        runUrl: ctx.runUrl,
        recordsAt: { branch: ctx.recordsBranch || null, dir: ctx.workspace.repoPath(ctx.records) },
        memory,
    };
}
/** What a scheduled command reads at once: only what its rules read. */
function runReadRequest(trigger, policy, file, needsPulls, needsIssues) {
    const status = trigger.command === 'status';
    const details = { file, statusContext: names/* STATUS_CONTEXT */.j, commentMarker: (0,markers/* verdictMarker */.eG)(policy.rollout) };
    return {
        files: [file],
        changed: file,
        ...(needsPulls ? { pulls: { label: names/* PHASEGATE_LABEL */.eH, ...(status ? {} : { details }) } } : {}),
        issueLabels: [...(needsIssues ? [names/* RCA_LABEL */.y4] : []), ...(status ? [names/* DASHBOARD_LABEL */.up] : [])],
    };
}
/**
 * The live phase: the default branch's current.yaml (a run that merged a change sees it), or for
 * a push, the pushed commit's (the checkout); since when (the merge that made it live, not when it
 * was proposed) and by which PR; for a push, the PR it merged and the phase before it.
 */
async function livePhase(ctx, trigger, policy, file, now, read) {
    const { forge } = ctx;
    const base = read?.defaultBranch ?? (await forge.defaultBranch());
    const apply = trigger.command === 'apply';
    const text = apply ? ctx.workspace.read(file) : read ? read.files[file] : await forge.readFile(file, base);
    if (text === undefined || text === null)
        throw new input/* InputError */.dz(`${ctx.config}/current.yaml is missing; create it with the first phase`);
    const current = (0,rollout_current/* parseCurrent */.BG)(apply ? file : `${file}@${base}`, text, policy);
    const change = read ? read.lastChange : await forge.lastChange(file, apply ? trigger.sha : base);
    const pullsOfChange = read?.lastChange?.pulls ?? (change ? await forge.pullsForCommit(change.sha) : []);
    const behind = pullsOfChange.find((p) => p.mergedAt !== null);
    const changedAt = behind?.mergedAt ?? change?.at;
    const since = changedAt !== undefined && changedAt > current.since && changedAt <= now ? changedAt : current.since;
    const merged = apply
        ? ((await forge.pullsForCommit(trigger.sha)).find((p) => p.merged) ?? null)
        : (behind ?? null);
    const before = apply && trigger.before ? (0,rollout_current/* namedPhase */.dM)(await forge.readFile(file, trigger.before), policy) : null;
    return { current, since, merged, before };
}
/**
 * Members of the teams the approvers name. A team GitHub will not show (GITHUB_TOKEN cannot read
 * team membership; an App needs "Members: read") is left out with a warning, so it counts nobody.
 */
async function readTeams(ctx, policy, codeowners, file) {
    const { approvers } = policy.github;
    const entries = [...approvers.advance, ...approvers.rollback];
    const owners = codeowners && entries.some((e) => e.toLowerCase() === 'codeowners')
        ? (0,rollout_codeowners/* ownersOfAll */.ju)((0,rollout_codeowners/* parseCodeowners */.BW)(codeowners.text, codeowners.path), [file])
        : [];
    const teams = {};
    for (const team of (0,approvals/* teamsToResolve */.AD)(entries, owners)) {
        try {
            teams[team] = await ctx.forge.teamMembers(team);
        }
        catch (err) {
            ctx.log.warn(`could not read the members of team ${team} (${err instanceof Error ? err.message : String(err)}); its approvals do not count. GITHUB_TOKEN cannot read teams: use an App token with "Members: read" (docs/setup.md)`);
        }
    }
    return teams;
}
/** Open issues with `label` whose body is ours (`mine`) and that the token wrote. */
async function ourIssues(ctx, read, label, mine) {
    const me = (await ctx.forge.identity()).toLowerCase();
    return (read?.issues[label] ?? (await ctx.forge.findIssues(label)))
        .filter((i) => mine(i.body) && i.author.toLowerCase() === me)
        .map((i) => ({ number: i.number, url: i.url, title: i.title, body: i.body }));
}

;// CONCATENATED MODULE: ./src/interpreters/github/world.ts
/**
 * The GitHub interpreter: carries out intents through the forge port and the notifier port,
 * deciding nothing. Every create goes through createOnce, which looks first, and looks again
 * after a create whose answer was lost: a run racing this one, or a POST that landed unseen, is
 * found instead of made twice.
 */






class GitHubWorld {
    ctx;
    constructor(ctx) {
        this.ctx = ctx;
    }
    gather(trigger, memory) {
        return gatherFromGithub(this.ctx, trigger, memory);
    }
    async carryOut(i) {
        const { forge, notifier } = this.ctx;
        switch (i.type) {
            case 'commit-records': {
                // Idempotent by itself: the same files on the branch make the same tree, and no commit;
                // an append whose marker the file holds changes nothing.
                const branch = i.branch ?? (await forge.defaultBranch());
                const removes = (i.removes ?? []).map((path) => ({ path, edit: () => null }));
                const commit = await forge.commitFiles(branch, i.files, i.message, [
                    ...i.appends.map(edit),
                    ...removes,
                ]);
                const log = i.appends.length ? ' and the run log' : '';
                return done(commit
                    ? `committed ${i.files.length} window record file(s)${log} to ${branch} as ${commit.sha.slice(0, 7)}`
                    : `${branch} already holds these window records${log}`);
            }
            case 'append-runbook': {
                const branch = i.branch ?? (await forge.defaultBranch());
                const commit = await forge.commitFiles(branch, [], i.message, [edit(i.append)]);
                return done(commit
                    ? `appended to ${i.append.path} on ${branch} as ${commit.sha.slice(0, 7)}`
                    : `${i.append.path} on ${branch} already holds these entries`);
            }
            case 'open-proposal':
                return this.openProposal(i);
            case 'update-proposal':
                return this.updateProposal(i);
            case 'close-proposal':
                await this.comment(i.pr, i.comment, (body) => body === i.comment);
                await forge.updatePull(i.pr, { state: 'closed' });
                return done(`closed #${i.pr}: ${i.reason}`);
            case 'set-gate':
                await forge.setStatus(i.sha, {
                    context: names/* STATUS_CONTEXT */.j,
                    state: i.state,
                    description: i.description,
                    url: this.ctx.runUrl,
                });
                return done(`#${i.pr}: ${names/* STATUS_CONTEXT */.j} ${i.state}: ${i.description}`);
            case 'upsert-verdict':
                return this.upsertVerdict(i);
            case 'merge':
                return this.merge(i);
            case 'lock-notice':
                return delivered(await notifier.lock(i.notice));
            case 'open-rca':
                return this.openRca(i);
            case 'send-slack':
                return delivered(await notifier.slack(i));
            case 'add-label':
                await forge.addLabels(i.pr, [i.label]);
                return done(`#${i.pr} labelled ${i.label}`);
            case 'upsert-dashboard':
                return this.upsertDashboard(i);
            case 'post-daily-note': {
                const { made } = await this.comment(i.issue, i.body, (body) => body.includes(i.marker));
                return done(made
                    ? `posted the daily note for ${i.date} on #${i.issue}`
                    : `the daily note for ${i.date} is already on #${i.issue}`);
            }
        }
    }
    /**
     * The one way this interpreter creates anything: look for it first; when a create fails without
     * saying whether it happened (no answer, a 5xx), look again before trying again, on the plan's
     * back-off. The client never retries such a create by itself (src/github/client.ts).
     */
    async createOnce(look, create) {
        const found = await look();
        if (found !== null && found !== undefined)
            return { made: false, value: found };
        for (let attempt = 0;; attempt++) {
            try {
                return { made: true, value: await create() };
            }
            catch (err) {
                if (!isAmbiguousFailure(err) || attempt >= retry/* PLAN_BACKOFF_MS */.C1.length)
                    throw err;
                const landed = await look();
                if (landed !== null && landed !== undefined) {
                    this.ctx.log.warn(`a create's answer was lost (${messageOf(err)}), but it landed: kept it`);
                    return { made: true, value: landed };
                }
                await this.ctx.clock.sleep(retry/* PLAN_BACKOFF_MS */.C1[attempt]);
            }
        }
    }
    async openProposal(i) {
        const { forge } = this.ctx;
        let refused = null;
        const { made, value: pr } = await this.createOnce(() => forge.findOpenPull(i.branch), async () => {
            const base = await forge.defaultBranch();
            await forge.proposalBranch(i.branch, base, [i.change], i.title);
            const opened = await forge.createPull({ branch: i.branch, base, title: i.title, body: i.body });
            await forge.addLabels(opened.number, i.labels);
            refused = await forge.requestReviewers(opened.number, i.reviewers);
            return opened;
        });
        return {
            status: 'done',
            number: pr.number,
            line: made
                ? `opened #${pr.number}: ${i.title}`
                : `#${pr.number} was already open for ${i.branch}: ${i.title}`,
            warning: refused
                ? `#${pr.number}: could not request reviewers ${i.reviewers.join(', ')}: ${refused}`
                : undefined,
        };
    }
    /**
     * The description is read again just before the write, so a box ticked since the run gathered
     * stays ticked, and it is written only when it changes (every edit fires pull_request.edited).
     */
    async updateProposal(i) {
        const { forge } = this.ctx;
        if (i.change)
            await forge.proposalBranch(i.branch, await forge.defaultBranch(), [i.change], i.title);
        const now = await forge.getPull(i.pr);
        const body = (0,proposal/* updatedProposalBody */.IY)(i.body, now.body);
        const edit = {
            ...(body !== now.body ? { body } : {}),
            ...(i.title !== now.title ? { title: i.title } : {}),
        };
        const repointed = i.change ? ' (re-pointed at the live phase)' : '';
        if (!Object.keys(edit).length)
            return done(`#${i.pr}${repointed}: the description is already current`);
        await forge.updatePull(i.pr, edit);
        return done(`updated #${i.pr}${repointed}: ${i.title}`);
    }
    async upsertVerdict(i) {
        const { forge } = this.ctx;
        const { made, value: id } = await this.createOnce(async () => i.comment ?? (await this.findComment(i.pr, (body) => body.includes(i.marker))), async () => (await forge.createComment(i.pr, i.body)).id);
        if (!made)
            await forge.updateComment(id, i.body);
        return done(`#${i.pr}: verdict comment ${made ? 'posted' : 'updated'}`);
    }
    /** GitHub refuses merges that break branch protection (405) or race a push (409): a warning. */
    async merge(i) {
        try {
            await this.ctx.forge.mergePull(i.pr, i.sha, i.title);
            return done(`merged #${i.pr}: ${i.title}`);
        }
        catch (err) {
            const status = statusOf(err);
            if (status !== 405 && status !== 409 && status !== 422)
                throw err;
            return {
                status: 'refused',
                protection: status === 405,
                line: `#${i.pr} was not merged`,
                warning: status === 405
                    ? `#${i.pr}: GitHub refused the merge (405: ${messageOf(err)}); a person must merge it. To let phasegate merge rollbacks, run it with a GitHub App token that the ruleset lists as a bypass actor (docs/setup.md, "Rollbacks under protection")`
                    : `#${i.pr}: GitHub refused the merge (${status}: ${messageOf(err)}); it waits for a merge by hand`,
            };
        }
    }
    /**
     * The RCA issue, assigned to the Reporter. GitHub refuses (422) an assignee without access to
     * the repository; the issue is then opened unassigned with a comment naming who to assign, so
     * a typo in the policy never costs the RCA.
     */
    async openRca(i) {
        const { forge } = this.ctx;
        let refused = null;
        const { made, value: issue } = await this.createOnce(() => this.ourIssue(names/* RCA_LABEL */.y4, i.marker), async () => {
            const issue = { title: i.title, body: i.body, labels: i.labels, assignees: i.assignees };
            try {
                return await forge.createIssue(issue);
            }
            catch (err) {
                if (!i.assignees.length || !isInvalidField(err, ['assignees', 'assignee']))
                    throw err;
                refused = messageOf(err);
                return await forge.createIssue({ ...issue, assignees: [] });
            }
        });
        if (!made)
            return done(`the RCA issue #${issue.number} is already open`);
        if (refused) {
            const who = `@${i.assignees.join(', @')}`;
            await this.comment(issue.number, `GitHub would not assign this issue to ${who} (${refused}). Assign the owner by hand; if ${who} should own RCAs, give them access to the repository or fix \`github.reporter\` in the policy.`, (body) => body.startsWith('GitHub would not assign this issue'));
            return {
                status: 'done',
                line: `opened the RCA issue #${issue.number} unassigned: ${i.title}`,
                warning: `#${issue.number}: GitHub refused the assignee ${who} (${refused}); opened it unassigned and said so on the issue`,
            };
        }
        const who = i.assignees.length ? `, assigned to @${i.assignees.join(', @')}` : '';
        return done(`opened the RCA issue #${issue.number}${who}: ${i.title}`);
    }
    async upsertDashboard(i) {
        const { forge } = this.ctx;
        const { made, value: issue } = await this.createOnce(async () => (i.issue !== null ? { number: i.issue } : await this.ourIssue(names/* DASHBOARD_LABEL */.up, i.marker)), () => forge.createIssue({ title: i.title, body: i.body, labels: i.labels, assignees: [] }));
        if (!made) {
            await forge.updateIssue(issue.number, { body: i.body });
            return done(`updated the dashboard issue #${issue.number}`);
        }
        if (this.ctx.pinDashboard === false)
            return done(`opened the dashboard issue #${issue.number}`);
        // Pinned so it heads the issue list; a repository pins at most 3 issues, so this may fail.
        try {
            await forge.pinIssue(issue.number);
        }
        catch (err) {
            return {
                status: 'done',
                line: `opened the dashboard issue #${issue.number}`,
                warning: `could not pin the dashboard issue #${issue.number}: ${err instanceof Error ? err.message : String(err)}`,
            };
        }
        return done(`opened and pinned the dashboard issue #${issue.number}`);
    }
    /** An open issue with `label` that the token wrote and that carries `marker`, or null. */
    async ourIssue(label, marker) {
        const me = (await this.ctx.forge.identity()).toLowerCase();
        return ((await this.ctx.forge.findIssues(label)).find((x) => x.author.toLowerCase() === me && x.body.includes(marker)) ?? null);
    }
    /** Post `body` on an issue unless a comment of ours already matches. */
    comment(issue, body, same) {
        return this.createOnce(() => this.findComment(issue, same), async () => (await this.ctx.forge.createComment(issue, body)).id);
    }
    async findComment(issue, match) {
        const me = (await this.ctx.forge.identity()).toLowerCase();
        const found = (await this.ctx.forge.comments(issue)).find((c) => c.author.toLowerCase() === me && match(c.body));
        return found?.id ?? null;
    }
}
/** An append as a forge edit: applied to the file as the branch holds it just before the commit. */
function edit(a) {
    return { path: a.path, edit: (text) => (0,append/* applyAppend */.r)(text, a) };
}
function done(line) {
    return { status: 'done', line };
}
/** A delivery the adapter skipped (not configured) is a warning; a dry run's is not. */
function delivered(d) {
    return {
        status: 'done',
        line: d.line,
        warning: d.skipped && d.skipped !== 'dry run' ? d.skipped : undefined,
    };
}

// EXTERNAL MODULE: ./src/interpreters/run-loop.ts + 8 modules
var run_loop = __webpack_require__(7859);
// EXTERNAL MODULE: ./src/plan/trigger-error.ts
var trigger_error = __webpack_require__(5888);
;// CONCATENATED MODULE: ./src/commands/loop.ts
/**
 * The loop's commands (propose, gate, apply, rollback, status, evaluate): one run of
 * gather → plan → carry out, on GitHub, or played forward in memory for a dry run.
 */





function worldOf(ctx) {
    const github = new GitHubWorld(ctx);
    return ctx.dryRun ? new DryRunWorld(github) : github;
}
async function loopCommand(ctx, trigger) {
    try {
        return await (0,run_loop/* runLoop */.y)(worldOf(ctx), trigger, ctx.log);
    }
    catch (err) {
        if (err instanceof trigger_error/* TriggerError */.d)
            throw new input/* InputError */.dz(`input "${err.field}": ${err.message}`);
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/commands/status.ts
/**
 * `status`: the rollout's dashboard issue and the daily note (the planner's status rules), and
 * the self-contained HTML report of the live phase, written where the Action uploads it from.
 */






async function statusCommand(ctx, reportPath) {
    const run = await loopCommand(ctx, { command: 'status' });
    if (reportPath) {
        const { facts, plan } = run;
        const ev = plan.evaluation;
        const phase = (0,model/* phaseById */.K6)(facts.policy, ev.phase);
        const html = (0,report_html/* renderReportHtml */.Y)({
            policy: facts.policy,
            title: `phasegate status: ${facts.policy.rollout}`,
            generatedAt: facts.now,
            series: (0,charts/* recentSeries */.t)({ policy: facts.policy, phase, evaluation: ev, records: facts.records }, ev.at - ev.since),
            phases: [{ phase: ev.phase, from: ev.since, to: ev.at }],
            decisions: (0,plan_status/* liveDecisions */.W)(facts, ev).map(({ at, action, from, to, reason }) => ({
                at,
                action,
                from,
                to,
                reason,
            })),
        });
        await (0,promises_.writeFile)(reportPath, html);
        ctx.log.info(`wrote the HTML report of ${ev.phase} to ${reportPath}`);
    }
    return run;
}

// EXTERNAL MODULE: ./src/judge/calendar.ts
var calendar = __webpack_require__(8937);
// EXTERNAL MODULE: ./src/notify/recording.ts
var recording = __webpack_require__(8162);
// EXTERNAL MODULE: ./src/rollout/decide.ts + 5 modules
var decide = __webpack_require__(7414);
// EXTERNAL MODULE: ./src/simulate/replay.ts
var replay = __webpack_require__(4347);
// EXTERNAL MODULE: ./src/telemetry/sources/record-files.ts + 2 modules
var record_files = __webpack_require__(3085);
// EXTERNAL MODULE: ./src/worktree/policy-dir.ts
var policy_dir = __webpack_require__(6737);
;// CONCATENATED MODULE: ./src/worktree/workspace.ts
/** The workspace port on a directory: the runner's checkout, or any folder on a laptop. */




class DirectoryWorkspace {
    root;
    constructor(root) {
        this.root = (0,external_node_path_.resolve)(root);
    }
    read(path) {
        const full = (0,external_node_path_.join)(this.root, path);
        return (0,external_node_fs_.existsSync)(full) ? (0,external_node_fs_.readFileSync)(full, 'utf8') : undefined;
    }
    /** The policy's files are named from the repository's root ("phases/A-1.yaml"), as PRs show them. */
    policy(folder) {
        return (0,policy_dir/* loadPolicyDir */.yD)((0,external_node_path_.join)(this.root, folder), folder);
    }
    records(folder, from, to) {
        return (0,record_files/* readRecords */.T3)((0,external_node_path_.join)(this.root, folder), from, to);
    }
    repoPath(folder) {
        const dir = (0,external_node_path_.resolve)(this.root, folder);
        return ((0,external_node_path_.relative)(gitRoot(dir) ?? this.root, dir)
            .split('\\')
            .join('/') || '.');
    }
}
/** The checkout holding `dir`: the nearest folder up from it with a .git (the root when none). */
function gitRoot(dir) {
    for (let d = dir;; d = (0,external_node_path_.dirname)(d)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, '.git')))
            return d;
        if ((0,external_node_path_.dirname)(d) === d)
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/judge/series.ts
var judge_series = __webpack_require__(3126);
;// CONCATENATED MODULE: ./src/demo/github-report.ts
/**
 * The demo's HTML report input: each SLO over the whole run, judged in every phase that defines
 * it from that phase's start (as the decisions were), the phase bands and the decisions. Pure.
 */

function demoReportInput(o) {
    const { policy } = o;
    const from = o.phases[0]?.from ?? 0;
    const to = o.phases.at(-1)?.to ?? from;
    // At most ~2000 points per series, on whole windows.
    const stepMs = Math.max(policy.windowMs, Math.ceil((to - from) / 2000 / policy.windowMs) * policy.windowMs);
    const byId = new Map();
    for (const span of o.phases) {
        const phase = policy.phases.find((p) => p.id === span.phase);
        if (!phase || span.to <= span.from)
            continue;
        const series = (0,judge_series/* sloSeries */.U)({
            policy,
            phase,
            records: o.records,
            since: span.from,
            from: span.from,
            to: span.to,
            stepMs,
        });
        for (const s of series) {
            const seen = byId.get(s.id);
            if (seen) {
                const after = seen.points.at(-1)?.at ?? -Infinity;
                for (const p of s.points)
                    if (p.at > after)
                        seen.points.push(p); // no push(...): huge spans
            }
            else
                byId.set(s.id, { ...s, points: [...s.points] });
        }
    }
    return {
        policy,
        title: `phasegate demo on a loopback GitHub: ${policy.rollout}`,
        generatedAt: o.generatedAt,
        series: [...byId.values()],
        phases: o.phases,
        decisions: o.decisions,
    };
}

;// CONCATENATED MODULE: ./src/demo/github-stage.ts




function githubStage(o) {
    const { gh, policy } = o;
    const approved = new Set();
    return {
        world: new GitHubWorld(o.ctx),
        at: async (t) => o.setClock(t),
        openPulls: async () => {
            const state = gh.state;
            return state.pulls
                .filter((p) => p.state === 'open')
                .flatMap((p) => {
                const proposal = (0,markers/* parseProposalMarker */.aW)(p.body);
                if (proposal?.rollout !== policy.rollout)
                    return [];
                const gate = state.statuses
                    .filter((s) => s.sha === p.head.sha && s.context === names/* STATUS_CONTEXT */.j)
                    .at(-1);
                return [
                    {
                        number: p.number,
                        kind: proposal.kind,
                        openedAt: Date.parse(p.created_at),
                        approved: approved.has(p.number),
                        noApproval: proposal.kind === 'rollback' &&
                            (0,model/* phaseById */.K6)(policy, proposal.from)?.rollback.approval === 'none',
                        gate: gate?.state ?? null,
                    },
                ];
            });
        },
        approve: async (pull) => {
            const login = o.approver(pull.kind);
            const pr = gh.state.pulls.find((p) => p.number === pull.number);
            const body = pr.body ?? '';
            if (pull.kind !== 'rollback' && /^\s*[-*+] \[ \]/m.test(body)) {
                await o.as(login).rest.pulls.update({
                    owner: gh.owner,
                    repo: gh.repo,
                    pull_number: pull.number,
                    body: body.replace(/^(\s*[-*+] )\[ \]/gm, '$1[x]'),
                });
            }
            await gh.review(pull.number, login, 'APPROVE');
            approved.add(pull.number);
            return login;
        },
        merge: async (pull, by) => {
            const { sha, event } = await gh.merge(pull.number, by);
            await o.sync();
            return { sha, before: event.payload.before ?? null };
        },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/emulator/errors.ts
/** GitHub's error answers, with the messages clients match on. */
const DOCS = 'https://docs.github.com/rest';
class HttpError extends Error {
    status;
    body;
    headers;
    constructor(status, body, headers = {}) {
        super(String(body.message));
        this.status = status;
        this.body = body;
        this.headers = headers;
    }
}
function error(status, message, docs = DOCS) {
    return new HttpError(status, { message, documentation_url: docs, status: String(status) });
}
function notFound() {
    return error(404, 'Not Found');
}
/** 422 "Validation Failed" with GitHub's list of field errors. */
function validationFailed(errors, docs = DOCS) {
    return new HttpError(422, { message: 'Validation Failed', errors, documentation_url: docs, status: '422' });
}
/** 422 with a bare message, as the git endpoints answer ("Reference already exists"). */
function unprocessable(message, docs = DOCS) {
    return error(422, message, docs);
}
/** The body GitHub refuses past 65,536 characters. */
function checkBodyLength(body, resource) {
    if (typeof body === 'string' && body.length > 65536) {
        throw validationFailed([
            { resource, code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' },
        ]);
    }
}
/** A required, non-empty string field's value, or 422 "missing_field" naming it. */
function requireString(value, field, resource, docs = DOCS) {
    if (typeof value !== 'string' || value === '')
        throw validationFailed([{ resource, code: 'missing_field', field }], docs);
    return value;
}

;// CONCATENATED MODULE: ./src/emulator/identity.ts
/** The scopes a workflow's `permissions:` may name (there is no `members`). */
const WORKFLOW_SCOPES = [
    'actions',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'discussions',
    'id-token',
    'issues',
    'models',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses',
];
const GITHUB_ACTIONS = 'github-actions[bot]';
/** `pull-requests` → `pull_requests`; scopes with no REST permission the emulator checks are left out. */
const SCOPE_PERMISSION = {
    actions: 'actions',
    checks: 'checks',
    contents: 'contents',
    deployments: 'deployments',
    issues: 'issues',
    pages: 'pages',
    'pull-requests': 'pull_requests',
    statuses: 'statuses',
};
/** GITHUB_TOKEN's permissions from a workflow's `permissions:` (GitHub's permissive default without one). */
function workflowPermissions(given = 'write-all') {
    const out = { metadata: 'read' };
    const all = given === 'read-all' || given === 'write-all';
    for (const scope of WORKFLOW_SCOPES) {
        const level = all ? (given === 'write-all' ? 'write' : 'read') : given[scope];
        const permission = SCOPE_PERMISSION[scope];
        if (permission && (level === 'read' || level === 'write'))
            out[permission] = level;
    }
    if (!all) {
        for (const key of Object.keys(given)) {
            if (!WORKFLOW_SCOPES.includes(key))
                throw new Error(`"${key}" is not a GITHUB_TOKEN permission (workflow syntax: permissions)`);
        }
    }
    return out;
}
/** The identity a token's spec describes. */
function identityOf(spec) {
    if ('kind' in spec) {
        if (spec.kind === 'github-actions')
            return {
                kind: 'github-actions',
                login: GITHUB_ACTIONS,
                permissions: workflowPermissions(spec.permissions),
            };
        if (spec.kind === 'app')
            return {
                kind: 'app',
                login: `${spec.slug}[bot]`,
                permissions: { metadata: 'read', ...spec.permissions },
            };
        return { kind: 'person', login: spec.login, name: spec.name, email: spec.email, permissions: {} };
    }
    const { login, name, email } = spec;
    if (login === GITHUB_ACTIONS)
        return { kind: 'github-actions', login, permissions: workflowPermissions() };
    if (spec.type === 'Bot' || login.endsWith('[bot]'))
        return { kind: 'app', login, name, email, permissions: workflowPermissions() };
    return { kind: 'person', login, name, email, permissions: {} };
}
const ROLES = ['read', 'triage', 'write', 'maintain', 'admin'];
const LEVELS = ['read', 'write', 'admin'];
function roleAtLeast(role, least) {
    return role !== undefined && ROLES.indexOf(role) >= ROLES.indexOf(least);
}
function levelAtLeast(level, least) {
    return level !== undefined && LEVELS.indexOf(level) >= LEVELS.indexOf(least);
}

;// CONCATENATED MODULE: ./src/emulator/access.ts
/**
 * What each route needs, as GitHub documents it, and the one check every request goes through
 * (server.ts calls `authorize` for REST; handlers/graphql.ts for each mutation field).
 *
 * Integrations (GITHUB_TOKEN, App installations): the permission sets of github/docs
 * src/github-apps/data/fpt-2022-11-28/server-to-server-permissions.json (the "Fine-grained access
 * tokens" section of each REST page). Several sets are alternatives, as GitHub's
 * `x-accepted-github-permissions` header lists them: `issues=write; pull_requests=write`
 * (content/rest/using-the-rest-api/troubleshooting-the-rest-api.md, "Resource not accessible").
 * A refusal is 403 "Resource not accessible by integration" with that header.
 *
 * People (personal access tokens): the least repository role. A token whose owner lacks it gets
 * 404 Not Found: "The owner of the token has any permissions that are required to use the
 * endpoint" (troubleshooting-the-rest-api.md, "404 Not Found for an existing resource").
 *
 * `creates`: the operation is marked `x-github.triggersNotification` in GitHub's OpenAPI
 * description ("Creating content too quickly using this endpoint may result in secondary rate
 * limiting"): what the content-creation limit counts.
 */


const R = 'https://docs.github.com/rest';
const REPO = '/repos/{owner}/{repo}';
const GQL = 'https://docs.github.com/graphql/reference';
const ISSUES_OR_PULLS = (level) => [`issues=${level}`, `pull_requests=${level}`];
/** REST routes by `METHOD template`, GraphQL mutations by `mutation name`, GraphQL reads by `query what`. */
const ACCESS = {
    'GET /user': { apps: null, role: 'read', docs: `${R}/users/users#get-the-authenticated-user` },
    [`GET ${REPO}`]: { apps: ['metadata=read'], role: 'read', docs: `${R}/repos/repos#get-a-repository` },
    [`GET ${REPO}/contents/{path}`]: {
        apps: ['contents=read'],
        role: 'read',
        docs: `${R}/repos/contents#get-repository-content`,
    },
    'GET /orgs/{org}/teams/{team_slug}/members': {
        apps: ['members=read'],
        role: 'read',
        docs: `${R}/teams/members#list-team-members`,
        org: true,
    },
    [`POST ${REPO}/statuses/{sha}`]: {
        apps: ['statuses=write'],
        role: 'write',
        docs: `${R}/commits/statuses#create-a-commit-status`,
    },
    [`GET ${REPO}/commits/{ref}/status`]: {
        apps: ['statuses=read'],
        role: 'read',
        docs: `${R}/commits/statuses#get-the-combined-status-for-a-specific-reference`,
    },
    [`GET ${REPO}/commits`]: {
        apps: ['contents=read'],
        role: 'read',
        docs: `${R}/commits/commits#list-commits`,
    },
    [`GET ${REPO}/git/ref/{ref}`]: {
        apps: ['contents=read'],
        role: 'read',
        docs: `${R}/git/refs#get-a-reference`,
    },
    [`GET ${REPO}/git/commits/{commit_sha}`]: {
        apps: ['contents=read'],
        role: 'read',
        docs: `${R}/git/commits#get-a-commit-object`,
    },
    [`POST ${REPO}/git/blobs`]: {
        apps: ['contents=write'],
        role: 'write',
        docs: `${R}/git/blobs#create-a-blob`,
    },
    [`POST ${REPO}/git/trees`]: {
        apps: ['contents=write'],
        role: 'write',
        docs: `${R}/git/trees#create-a-tree`,
    },
    [`POST ${REPO}/git/commits`]: {
        apps: ['contents=write'],
        role: 'write',
        docs: `${R}/git/commits#create-a-commit`,
    },
    [`POST ${REPO}/git/refs`]: {
        apps: ['contents=write'],
        role: 'write',
        docs: `${R}/git/refs#create-a-reference`,
    },
    [`PATCH ${REPO}/git/refs/{ref}`]: {
        apps: ['contents=write'],
        role: 'write',
        docs: `${R}/git/refs#update-a-reference`,
    },
    [`DELETE ${REPO}/git/refs/{ref}`]: {
        apps: ['contents=write'],
        role: 'write',
        docs: `${R}/git/refs#delete-a-reference`,
    },
    [`GET ${REPO}/pulls`]: {
        apps: ['pull_requests=read'],
        role: 'read',
        docs: `${R}/pulls/pulls#list-pull-requests`,
    },
    // "To open or update a pull request … you must have write access to the head or the source branch."
    [`POST ${REPO}/pulls`]: {
        apps: ['pull_requests=write'],
        role: 'write',
        docs: `${R}/pulls/pulls#create-a-pull-request`,
        creates: true,
    },
    [`GET ${REPO}/pulls/{pull_number}`]: {
        apps: ['pull_requests=read', 'contents=read'],
        role: 'read',
        docs: `${R}/pulls/pulls#get-a-pull-request`,
    },
    [`PATCH ${REPO}/pulls/{pull_number}`]: {
        apps: ['pull_requests=write'],
        role: 'write',
        docs: `${R}/pulls/pulls#update-a-pull-request`,
    },
    [`PUT ${REPO}/pulls/{pull_number}/merge`]: {
        apps: ['contents=write'],
        role: 'write',
        docs: `${R}/pulls/pulls#merge-a-pull-request`,
        creates: true,
    },
    [`GET ${REPO}/pulls/{pull_number}/files`]: {
        apps: ['pull_requests=read'],
        role: 'read',
        docs: `${R}/pulls/pulls#list-pull-requests-files`,
    },
    [`GET ${REPO}/pulls/{pull_number}/reviews`]: {
        apps: ['pull_requests=read'],
        role: 'read',
        docs: `${R}/pulls/reviews#list-reviews-for-a-pull-request`,
    },
    [`POST ${REPO}/pulls/{pull_number}/reviews`]: {
        apps: ['pull_requests=write'],
        role: 'read',
        docs: `${R}/pulls/reviews#create-a-review-for-a-pull-request`,
        creates: true,
    },
    [`POST ${REPO}/pulls/{pull_number}/requested_reviewers`]: {
        apps: ['pull_requests=write'],
        role: 'triage',
        docs: `${R}/reference/pulls#request-reviewers-for-a-pull-request`,
        creates: true,
    },
    [`GET ${REPO}/pulls/{pull_number}/requested_reviewers`]: {
        apps: ['pull_requests=read'],
        role: 'read',
        docs: `${R}/pulls/review-requests#get-all-requested-reviewers-for-a-pull-request`,
    },
    [`GET ${REPO}/commits/{commit_sha}/pulls`]: {
        apps: ['pull_requests=read'],
        role: 'read',
        docs: `${R}/commits/commits#list-pull-requests-associated-with-a-commit`,
    },
    // "Any user with pull access to a repository can create an issue."
    [`POST ${REPO}/issues`]: {
        apps: ['issues=write'],
        role: 'read',
        docs: `${R}/issues/issues#create-an-issue`,
        creates: true,
    },
    [`GET ${REPO}/issues`]: {
        apps: ['issues=read'],
        role: 'read',
        docs: `${R}/issues/issues#list-repository-issues`,
    },
    [`GET ${REPO}/issues/{issue_number}`]: {
        apps: ['issues=read'],
        role: 'read',
        docs: `${R}/issues/issues#get-an-issue`,
    },
    // "Issue owners and users with push access or Triage role can edit an issue." (owners: not modelled)
    [`PATCH ${REPO}/issues/{issue_number}`]: {
        apps: ISSUES_OR_PULLS('write'),
        role: 'triage',
        docs: `${R}/issues/issues#update-an-issue`,
    },
    [`GET ${REPO}/issues/{issue_number}/comments`]: {
        apps: ISSUES_OR_PULLS('read'),
        role: 'read',
        docs: `${R}/issues/comments#list-issue-comments`,
    },
    [`POST ${REPO}/issues/{issue_number}/comments`]: {
        apps: ISSUES_OR_PULLS('write'),
        role: 'read',
        docs: `${R}/issues/comments#create-an-issue-comment`,
        creates: true,
    },
    [`GET ${REPO}/issues/comments/{comment_id}`]: {
        apps: ISSUES_OR_PULLS('read'),
        role: 'read',
        docs: `${R}/issues/comments#get-an-issue-comment`,
    },
    [`PATCH ${REPO}/issues/comments/{comment_id}`]: {
        apps: ISSUES_OR_PULLS('write'),
        role: 'read',
        docs: `${R}/issues/comments#update-an-issue-comment`,
    },
    [`POST ${REPO}/issues/{issue_number}/labels`]: {
        apps: ISSUES_OR_PULLS('write'),
        role: 'triage',
        docs: `${R}/issues/labels#add-labels-to-an-issue`,
    },
    [`DELETE ${REPO}/issues/{issue_number}/labels/{name}`]: {
        apps: ISSUES_OR_PULLS('write'),
        role: 'triage',
        docs: `${R}/issues/labels#remove-a-label-from-an-issue`,
    },
    [`POST ${REPO}/labels`]: {
        apps: ISSUES_OR_PULLS('write'),
        role: 'write',
        docs: `${R}/issues/labels#create-a-label`,
    },
    [`GET ${REPO}/labels`]: {
        apps: ISSUES_OR_PULLS('read'),
        role: 'read',
        docs: `${R}/issues/labels#list-labels-for-a-repository`,
    },
    // Not in the permissions data: search answers whatever the token can see.
    'GET /search/issues': {
        apps: [],
        role: 'read',
        docs: `${R}/search/search#search-issues-and-pull-requests`,
    },
    // The mutations are checked one by one (handlers/graphql.ts).
    'POST /graphql': { apps: [], role: 'read', docs: 'https://docs.github.com/graphql' },
    // GraphQL reads: "Similar to the REST API, the app must have certain permissions to access
    // objects in the GraphQL API" (github/docs content/apps/creating-github-apps/authenticating-with-
    // a-github-app/authenticating-as-a-github-app-installation.md): those of the REST twins, checked
    // field by field (graphql/nodes.ts).
    'query repository': { apps: ['metadata=read'], role: 'read', docs: `${GQL}/objects#repository` },
    'query contents': { apps: ['contents=read'], role: 'read', docs: `${GQL}/objects#commit` },
    'query pull requests': { apps: ['pull_requests=read'], role: 'read', docs: `${GQL}/objects#pullrequest` },
    'query issues': { apps: ['issues=read'], role: 'read', docs: `${GQL}/objects#issue` },
    'query statuses': { apps: ['statuses=read'], role: 'read', docs: `${GQL}/objects#status` },
    // "People with write access to a repository can pin issue in the repository." (content/issues/…
    // /pinning-an-issue-to-your-repository.md); for integrations, the issue's permission.
    'mutation pinIssue': {
        apps: ['issues=write'],
        role: 'write',
        docs: 'https://docs.github.com/graphql/reference/mutations#pinissue',
    },
    'mutation unpinIssue': {
        apps: ['issues=write'],
        role: 'write',
        docs: 'https://docs.github.com/graphql/reference/mutations#unpinissue',
    },
    // Auto-merge schedules a merge: contents and pull requests, both written.
    'mutation enablePullRequestAutoMerge': {
        apps: ['contents=write,pull_requests=write'],
        role: 'write',
        docs: 'https://docs.github.com/graphql/reference/mutations#enablepullrequestautomerge',
    },
    // A commit on a branch writes contents, as PATCH git/refs does.
    'mutation createCommitOnBranch': {
        apps: ['contents=write'],
        role: 'write',
        docs: 'https://docs.github.com/graphql/reference/mutations#createcommitonbranch',
    },
    'mutation disablePullRequestAutoMerge': {
        apps: ['contents=write,pull_requests=write'],
        role: 'write',
        docs: 'https://docs.github.com/graphql/reference/mutations#disablepullrequestautomerge',
    },
};
const NOT_ACCESSIBLE = 'Resource not accessible by integration';
function holds(who, set) {
    return set.split(',').every((pair) => {
        const [permission, level] = pair.split('=');
        return levelAtLeast(who.permissions[permission], level);
    });
}
/** Whether `who` (a person acting as `role`) may call the route or mutation `key`. */
function access_decide(key, who, role) {
    const rule = ACCESS[key];
    if (!rule)
        throw new Error(`no access rule for ${key}: add it to ACCESS (src/emulator/access.ts)`);
    const refuse = (status, message, headers = {}) => ({
        ok: false,
        status,
        message,
        docs: rule.docs,
        headers,
    });
    if (who.kind === 'person')
        return roleAtLeast(role, rule.role) ? { ok: true, headers: {} } : refuse(404, 'Not Found');
    if (rule.apps === null)
        return refuse(403, NOT_ACCESSIBLE);
    // GITHUB_TOKEN is an installation on one repository: the organization is out of its sight.
    if (rule.org && who.kind === 'github-actions')
        return refuse(404, 'Not Found');
    const headers = rule.apps.length
        ? { 'x-accepted-github-permissions': rule.apps.join('; ') }
        : {};
    if (rule.apps.length && !rule.apps.some((set) => holds(who, set)))
        return refuse(403, NOT_ACCESSIBLE, headers);
    return { ok: true, headers };
}
/** Push access: an integration past the route's check, a person with at least the write role. */
function hasPushAccess(who, role) {
    return who.kind !== 'person' || roleAtLeast(role, 'write');
}
/** The REST check: the headers to send, or GitHub's refusal as an HttpError. */
function authorize(key, who, role) {
    const v = access_decide(key, who, role);
    if (v.ok)
        return v.headers;
    throw new HttpError(v.status, { message: v.message, documentation_url: v.docs ?? DOCS, status: String(v.status) }, v.headers);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./src/extent.ts
var extent = __webpack_require__(2279);
;// CONCATENATED MODULE: ./src/emulator/protection-config.ts
/**
 * How a branch is protected, in GitHub's two forms: classic branch protection (one rule per
 * branch, Settings → Branches) and repository rulesets (any number, layered). Plain data and
 * matching only; protection.ts judges pull requests and ref updates against it.
 *
 * Both forms share the requirement names below (GitHub spells them differently in each API:
 * classic `required_status_checks.contexts`, `strict`, `required_pull_request_reviews.
 * required_approving_review_count`, `require_code_owner_reviews`, `dismiss_stale_reviews`,
 * `enforce_admins`; rulesets `required_status_checks`, `strict_required_status_checks_policy`,
 * `pull_request.required_approving_review_count`, `require_code_owner_review`,
 * `dismiss_stale_reviews_on_push`, `bypass_actors`).
 */

const same = (a, b) => a.toLowerCase() === b.toLowerCase();
function isAdmin(config, login) {
    return same(login, config.owner) || config.admins.some((a) => same(a, login));
}
function listed(config, list, login) {
    return (list ?? []).some((b) => b === 'admins' ? isAdmin(config, login) : 'app' in b ? same(`${b.app}[bot]`, login) : same(b.user, login));
}
/** fnmatch as GitHub applies it to branch names: `*` within a segment, `**` across, `?` one character. */
function fnmatch(pattern, name) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            re += '.*';
            i++;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`).test(name);
}
function targets(config, pattern, branch) {
    if (pattern === '~ALL')
        return true;
    if (pattern === '~DEFAULT_BRANCH')
        return branch === config.defaultBranch;
    return fnmatch(pattern.replace(/^refs\/heads\//, ''), branch);
}
/**
 * The rules on `branch`: the classic rule whose name matches exactly, else the first pattern that
 * matches (GitHub applies only one), and every ruleset targeting it (rulesets layer).
 */
function sourcesFor(config, branch) {
    const out = [];
    const classic = config.classic.find((c) => c.branch === branch) ?? config.classic.find((c) => fnmatch(c.branch, branch));
    if (classic) {
        const adminEscapes = (login) => !classic.enforceAdmins && isAdmin(config, login);
        out.push({
            kind: 'classic',
            name: classic.branch,
            req: classic,
            bypassesAll: adminEscapes,
            bypassesReviews: (login) => adminEscapes(login) || listed(config, classic.bypass, login),
        });
    }
    for (const rs of config.rulesets) {
        if (!rs.branches.some((p) => targets(config, p, branch)))
            continue;
        const escapes = (login) => listed(config, rs.bypass, login);
        out.push({ kind: 'ruleset', name: rs.name, req: rs, bypassesAll: escapes, bypassesReviews: escapes });
    }
    return out;
}
/** Whether pushing to a PR's head dismisses earlier approvals, given the PR's base branch. */
function dismissesStale(config, base) {
    return sourcesFor(config, base).some((s) => s.req.dismissStaleReviews);
}
/** Rulesets layer: the most restrictive version of each requirement applies. */
function strictest(reqs) {
    const contexts = new Set(reqs.flatMap((r) => r.requiredStatusChecks ?? []));
    return {
        requiredStatusChecks: [...contexts],
        strict: reqs.some((r) => r.strict),
        requiredApprovingReviewCount: (0,extent/* maxOf */._)(reqs.map((r) => r.requiredApprovingReviewCount ?? 0), 0),
        requireCodeOwnerReviews: reqs.some((r) => r.requireCodeOwnerReviews),
        dismissStaleReviews: reqs.some((r) => r.dismissStaleReviews),
        requirePullRequest: reqs.some((r) => r.requirePullRequest !== false),
    };
}

;// CONCATENATED MODULE: ./src/emulator/context.ts

/** The git ref holding a PR's head: a branch here, or a fork's branch (`refs/forks/<owner>/<branch>`). */
function headGitRef(p) {
    return p.headOwner ? forkRef(p.headOwner, p.headRef) : `refs/heads/${p.headRef}`;
}
/** Where the emulator keeps branch `branch` of `owner`'s fork. */
function forkRef(owner, branch) {
    return `refs/forks/${owner.toLowerCase()}/${branch}`;
}
class Ctx {
    id;
    git;
    store;
    clock;
    /** Set once the server listens. */
    url = '';
    createdAt;
    /** Set by the emulator: null when no validator was given (the demo). */
    validator = null;
    /** Set by the emulator: where mismatches are reported. */
    violations = [];
    /** Serialises writes so check-then-act sequences are atomic, as on GitHub. */
    writes = Promise.resolve();
    /** Who wrote what, in order (`gh.writes`, writes.ts). */
    written = [];
    constructor(id, git, store, clock) {
        this.id = id;
        this.git = git;
        this.store = store;
        this.clock = clock;
        this.createdAt = this.now();
    }
    /** GitHub's timestamps: ISO 8601 in UTC, whole seconds. */
    now() {
        return this.clock()
            .toISOString()
            .replace(/\.\d{3}Z$/, 'Z');
    }
    /** The emulator's clock in milliseconds (rate limits count on it). */
    nowMs() {
        return this.clock().getTime();
    }
    /** A person's repository role, or undefined for someone who is no collaborator. */
    roleOf(login) {
        return this.id.roles.get(login.toLowerCase());
    }
    get fullName() {
        return `${this.id.owner}/${this.id.repo}`;
    }
    get repoApi() {
        return `${this.url}/repos/${this.fullName}`;
    }
    get repoHtml() {
        return `${this.id.serverUrl}/${this.fullName}`;
    }
    get actionsCanCreatePullRequests() {
        return this.id.actionsCanCreatePullRequests;
    }
    /** Checks a webhook payload the event builders made against its schema. */
    checkWebhook(schema, payload) {
        const problem = this.validator?.checkWebhook(schema, payload);
        if (problem)
            this.violations.push(`${schema} payload: ${problem}`);
    }
    /** Runs `fn` after every earlier write has finished. */
    exclusive(fn) {
        const run = this.writes.then(fn, fn);
        this.writes = run.catch(() => undefined);
        return run;
    }
    /**
     * Records who moved a ref, and keeps open PRs' head and base shas in step with a branch that
     * just moved. New commits on a PR's head dismiss its approvals when the base's protection
     * dismisses stale reviews, as GitHub marks them DISMISSED on push.
     */
    refMoved(fullRef, sha, by) {
        this.written.push({ kind: 'ref', ref: fullRef, before: by.before, after: sha, login: by.login });
        const branch = fullRef.startsWith('refs/heads/') ? fullRef.slice('refs/heads/'.length) : null;
        for (const i of this.store.issues.values()) {
            if (!i.pull || i.state !== 'open')
                continue;
            if (headGitRef(i.pull) === fullRef && i.pull.headSha !== sha) {
                i.pull.headSha = sha;
                if (dismissesStale(this.id.protection, i.pull.baseRef)) {
                    for (const r of this.store.reviews)
                        if (r.pull === i.number && r.state === 'APPROVED' && r.commit_id !== sha)
                            r.state = 'DISMISSED';
                }
            }
            if (branch !== null && i.pull.baseRef === branch)
                i.pull.baseSha = sha;
        }
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/emulator/git-objects.ts
/**
 * Reads git objects through one long-running `git cat-file --batch` per repository instead of
 * a process per lookup (the emulator looks objects up on almost every request). Objects are
 * immutable, so what was read once is kept.
 */

class ObjectReader {
    dir;
    child;
    buffer = Buffer.alloc(0);
    pending = [];
    cache = new Map();
    constructor(dir) {
        this.dir = dir;
    }
    /** The object a full 40-hex sha names, or null when the repository does not hold it. */
    read(sha) {
        if (!/^[0-9a-f]{40}$/.test(sha))
            return Promise.resolve(null);
        const hit = this.cache.get(sha);
        if (hit)
            return Promise.resolve(hit);
        return new Promise((resolve, reject) => {
            this.pending.push({
                resolve: (o) => {
                    if (o)
                        this.cache.set(sha, o);
                    resolve(o);
                },
                reject,
            });
            this.process().stdin.write(`${sha}\n`);
        });
    }
    close() {
        this.child?.kill();
        this.child = undefined;
    }
    process() {
        if (this.child)
            return this.child;
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], {
            cwd: this.dir,
            env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LC_ALL: 'C' },
        });
        child.stdout.on('data', (d) => {
            this.buffer = Buffer.concat([this.buffer, d]);
            this.drain();
        });
        const fail = (err) => {
            for (const p of this.pending.splice(0))
                p.reject(err);
            this.child = undefined;
        };
        child.on('error', fail);
        child.on('exit', () => fail(new Error('git cat-file --batch exited')));
        child.stdin.on('error', () => undefined);
        this.child = child;
        return child;
    }
    /** Answers are `<sha> <type> <size>\n<data>\n` or `<name> missing\n`, in request order. */
    drain() {
        while (this.pending.length) {
            const eol = this.buffer.indexOf(10);
            if (eol < 0)
                return;
            const header = this.buffer.subarray(0, eol).toString();
            if (header.endsWith(' missing')) {
                this.buffer = this.buffer.subarray(eol + 1);
                this.pending.shift().resolve(null);
                continue;
            }
            const [, type, size] = header.split(' ');
            const end = eol + 1 + Number(size);
            if (this.buffer.length < end + 1)
                return;
            const data = Buffer.from(this.buffer.subarray(eol + 1, end));
            this.buffer = this.buffer.subarray(end + 1);
            this.pending.shift().resolve({ type, data });
        }
    }
}
/** A raw commit object (headers, blank line, message) as fields. */
function parseCommit(sha, raw) {
    const split = raw.indexOf('\n\n');
    const info = { sha, tree: '', parents: [], author: sig(''), committer: sig(''), message: '' };
    for (const h of raw.slice(0, split < 0 ? raw.length : split).split('\n')) {
        const sp = h.indexOf(' ');
        const [key, value] = [h.slice(0, sp), h.slice(sp + 1)];
        if (key === 'tree')
            info.tree = value;
        else if (key === 'parent')
            info.parents.push(value);
        else if (key === 'author')
            info.author = sig(value);
        else if (key === 'committer')
            info.committer = sig(value);
    }
    info.message = split < 0 ? '' : raw.slice(split + 2);
    return info;
}
/** Parses `Name <email> 1700000000 +0000` into a signature with an ISO date. */
function sig(value) {
    const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(value);
    if (!m)
        return { name: '', email: '', date: new Date(0).toISOString() };
    return {
        name: m[1],
        email: m[2],
        date: new Date(Number(m[3]) * 1000).toISOString().replace('.000Z', 'Z'),
    };
}

;// CONCATENATED MODULE: ./src/emulator/git.ts
/**
 * The emulator's storage: a real bare git repository driven with plumbing (no working tree).
 * Every git call is spawned asynchronously: request handlers run in the test's own process,
 * beside the action under test, and a synchronous spawn would stall them.
 */









const deflateAsync = (0,external_node_util_.promisify)(external_node_zlib_.deflate);
const git_ZERO_SHA = '0000000000000000000000000000000000000000';
class GitRepo {
    dir;
    objects;
    constructor(dir) {
        this.dir = dir;
        this.objects = new ObjectReader(dir);
    }
    static async init(defaultBranch) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gh-emulator-'));
        const repo = new GitRepo((0,external_node_path_.join)(dir, 'repo.git'));
        await repo.git(['init', '--bare', '--quiet', `--initial-branch=${defaultBranch}`, repo.dir], {}, dir);
        return repo;
    }
    /** Runs git in the bare repository; rejects on a non-zero exit unless `allowFail`. */
    git(args, opts = {}, cwd = this.dir) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)('git', args, {
                cwd,
                env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LC_ALL: 'C', ...opts.env },
                stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            });
            const out = [];
            let stderr = '';
            child.stdout.on('data', (d) => out.push(d));
            child.stderr.on('data', (d) => {
                stderr += d.toString();
            });
            child.on('error', reject);
            child.on('close', (code) => {
                const result = { code: code ?? -1, stdout: Buffer.concat(out), stderr };
                if (result.code !== 0 && !opts.allowFail) {
                    reject(new Error(`git ${args.join(' ')} failed (${result.code}): ${stderr.trim()}`));
                }
                else
                    resolve(result);
            });
            if (child.stdin) {
                // git may exit before reading its input (a failing command); the exit code tells.
                child.stdin.on('error', () => undefined);
                child.stdin.end(opts.input);
            }
        });
    }
    async text(args, opts = {}) {
        return (await this.git(args, opts)).stdout.toString('utf8').trim();
    }
    /** The commit a full ref name (refs/heads/main) points to, or null. */
    async refSha(ref) {
        if (ref.startsWith('refs/heads/')) {
            if (!validRefName(ref))
                return null;
            // Branches are loose files (update-ref writes them; nothing packs them here): read the file.
            const loose = await (0,promises_.readFile)((0,external_node_path_.join)(this.dir, ref), 'utf8').catch(() => '');
            if (/^[0-9a-f]{40}\n?$/.test(loose))
                return loose.trim();
            const packed = await (0,promises_.readFile)((0,external_node_path_.join)(this.dir, 'packed-refs'), 'utf8').catch(() => '');
            if (!packed.includes(ref))
                return null;
        }
        const r = await this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFail: true });
        return r.code === 0 ? r.stdout.toString().trim() : null;
    }
    /** Resolves a branch, tag, full ref or sha to a commit sha, or null. */
    async resolveCommit(ref) {
        if (/^[0-9a-f]{40}$/.test(ref))
            return (await this.objectType(ref)) === 'commit' ? ref : null;
        if (ref.startsWith('-'))
            return null;
        if (ref.startsWith('refs/'))
            return this.refSha(ref);
        // rev-parse's own lookup tries refs/tags/ and the rest after refs/heads/.
        return (await this.refSha(`refs/heads/${ref}`)) ?? this.refSha(ref);
    }
    async objectType(sha) {
        return (await this.objects.read(sha))?.type ?? null;
    }
    /**
     * Stores a blob as a loose object, in git's own format (zlib of `blob <size>\0<data>`, named
     * by its SHA-1): the same result as `git hash-object -w`, without a process per file.
     */
    async writeBlob(content) {
        const data = Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]);
        const sha = (0,external_node_crypto_.createHash)('sha1').update(data).digest('hex');
        const dir = (0,external_node_path_.join)(this.dir, 'objects', sha.slice(0, 2));
        const file = (0,external_node_path_.join)(dir, sha.slice(2));
        if (!(0,external_node_fs_.existsSync)(file)) {
            await (0,promises_.mkdir)(dir, { recursive: true });
            const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
            await (0,promises_.writeFile)(tmp, await deflateAsync(data));
            await (0,promises_.rename)(tmp, file);
        }
        return sha;
    }
    async readBlob(sha) {
        const o = await this.objects.read(sha);
        if (o?.type !== 'blob')
            throw new Error(`${sha} is not a blob`);
        return o.data;
    }
    /**
     * Writes a tree: `base` (or empty) with the changes applied, through a temporary index. Deleting
     * a path the tree lacks throws MissingTreePathError when `strict` (the API; a person's push has
     * nothing to refuse there).
     */
    async writeTree(base, changes, strict = false) {
        const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gh-index-'));
        const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(tmp, 'index') };
        const indexInfo = (lines) => lines.length
            ? this.git(['update-index', '--index-info'], { env, input: `${lines.join('\n')}\n` })
            : null;
        try {
            if (base)
                await this.git(['read-tree', base], { env });
            // Deleting or replacing a folder removes every file under it: list the index once.
            const needsList = changes.some((c) => c.sha === null || c.mode === '040000' || c.type === 'tree');
            const files = needsList
                ? (await this.text(['ls-files', '-z'], { env })).split('\0').filter(Boolean)
                : [];
            const under = (path) => files.filter((f) => f === path || f.startsWith(`${path}/`));
            const shas = await Promise.all(changes.map((c) => c.content !== undefined ? this.writeBlob(Buffer.from(c.content, 'utf8')) : c.sha));
            const lines = [];
            const grafts = [];
            changes.forEach((c, i) => {
                const sha = shas[i];
                if (sha === null || sha === undefined) {
                    if (strict && under(c.path).length === 0)
                        throw new MissingTreePathError(c.path);
                    for (const f of under(c.path))
                        lines.push(`0 ${git_ZERO_SHA}\t${f}`);
                }
                else if (c.mode === '040000' || c.type === 'tree') {
                    for (const f of under(c.path))
                        lines.push(`0 ${git_ZERO_SHA}\t${f}`);
                    grafts.push({ path: c.path, sha });
                }
                else {
                    lines.push(`${c.mode} ${sha}\t${c.path}`);
                }
            });
            await indexInfo(lines);
            for (const g of grafts)
                await this.git(['read-tree', `--prefix=${g.path}/`, g.sha], { env });
            return await this.text(['write-tree'], { env });
        }
        finally {
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
        }
    }
    /**
     * Objects never change, so what git says about given object ids never changes either: asked
     * again (every run reads the same commits), it is answered from memory, not by another git.
     */
    answers = new Map();
    remember(key, ids, ask) {
        if (!ids.every((id) => id === null || /^[0-9a-f]{40}$/.test(id)))
            return ask();
        let answer = this.answers.get(key);
        if (!answer) {
            answer = ask();
            this.answers.set(key, answer);
            answer.catch(() => this.answers.delete(key));
        }
        return answer;
    }
    /** The direct entries of a tree (GitHub's create-tree answer is not recursive). */
    async lsTree(tree, path) {
        const spec = path ? `${tree}:${path}` : tree;
        const out = await this.remember(`ls-tree ${spec}`, [tree], () => this.text(['ls-tree', '-l', '-z', spec]));
        return out
            .split('\0')
            .filter(Boolean)
            .map((line) => {
            const [meta, name] = line.split('\t');
            const [mode, type, sha, size] = meta.split(/\s+/);
            return { path: name, mode, type, sha, ...(type === 'blob' ? { size: Number(size) } : {}) };
        });
    }
    async commitTree(tree, parents, message, author, committer = author) {
        const env = {
            GIT_AUTHOR_NAME: author.name,
            GIT_AUTHOR_EMAIL: author.email,
            GIT_AUTHOR_DATE: gitDate(author.date),
            GIT_COMMITTER_NAME: committer.name,
            GIT_COMMITTER_EMAIL: committer.email,
            GIT_COMMITTER_DATE: gitDate(committer.date),
        };
        const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'];
        return this.text(args, { env, input: message });
    }
    async readCommit(sha) {
        const o = await this.objects.read(sha);
        if (o?.type !== 'commit')
            throw new Error(`${sha} is not a commit`);
        return parseCommit(sha, o.data.toString('utf8'));
    }
    /** Compare-and-swap: moves `ref` to `sha` only if it still points at `old` (ZERO_SHA: absent). */
    async casRef(ref, sha, old) {
        return (await this.git(['update-ref', ref, sha, old], { allowFail: true })).code === 0;
    }
    async deleteRef(ref, old) {
        return (await this.git(['update-ref', '-d', ref, old], { allowFail: true })).code === 0;
    }
    async isAncestor(ancestor, descendant) {
        const r = await this.remember(`is-ancestor ${ancestor} ${descendant}`, [ancestor, descendant], () => this.git(['merge-base', '--is-ancestor', ancestor, descendant], { allowFail: true }));
        return r.code === 0;
    }
    /** Commits reachable from `head` but not `base`, newest first. */
    async revList(base, head) {
        const range = base ? `${base}..${head}` : head;
        const out = await this.remember(`rev-list ${range}`, [base, head], () => this.text(['rev-list', range]));
        return out.split('\n').filter(Boolean);
    }
    /** The object at `path` in the commit, or null. */
    async objectAt(commit, path) {
        const spec = `${commit}:${path}`;
        const r = await this.remember(`rev-parse ${spec}`, [commit], () => this.git(['rev-parse', '--verify', '--quiet', spec], { allowFail: true }));
        return r.code === 0 ? r.stdout.toString().trim() : null;
    }
    /** Commits reachable from the commit `start`, newest first, filtered by rev-list options. */
    async commitsFrom(start, options = []) {
        const args = ['rev-list', start, ...options];
        const out = await this.remember(args.join(' '), [start], () => this.text(args));
        return out.split('\n').filter(Boolean);
    }
    /**
     * The files a pull request changes: the diff from the merge base of `base` and `head` to `head`
     * (GitHub's three-dot diff), with each file's new blob (null when removed) and line counts.
     */
    async changedFiles(base, head) {
        return this.remember(`diff ${base}...${head}`, [base, head], async () => {
            const range = `${base}...${head}`;
            const raw = await this.text(['diff', '--raw', '--no-renames', '--abbrev=40', range]);
            const num = await this.text(['diff', '--numstat', '--no-renames', range]);
            const counts = new Map(num
                .split('\n')
                .filter(Boolean)
                .map((l) => {
                const [a, d, path] = l.split('\t');
                return [path, { additions: Number(a) || 0, deletions: Number(d) || 0 }];
            }));
            return raw
                .split('\n')
                .filter(Boolean)
                .map((line) => {
                const [meta, filename] = line.split('\t');
                const [, , , sha, code] = meta.split(' ');
                const status = code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified';
                const c = counts.get(filename) ?? { additions: 0, deletions: 0 };
                return { filename, status, sha: code === 'D' ? null : sha, ...c };
            });
        });
    }
    /** The tree a three-way merge of the two commits yields, or null on conflicts. */
    async mergeTree(ours, theirs) {
        const r = await this.remember(`merge-tree ${ours} ${theirs}`, [ours, theirs], () => this.git(['merge-tree', '--write-tree', '--no-messages', ours, theirs], { allowFail: true }));
        if (r.code === 0)
            return r.stdout.toString().split('\n')[0].trim();
        if (r.code === 1)
            return null;
        throw new Error(`git merge-tree failed: ${r.stderr}`);
    }
    async dispose() {
        this.objects.close();
        await (0,promises_.rm)((0,external_node_path_.join)(this.dir, '..'), { recursive: true, force: true });
    }
}
/** git check-ref-format's rules, enough to keep a requested name inside refs/. */
function validRefName(ref) {
    return !/(\.\.|\/\/|@\{|[\x00-\x20~^:?*[\\\x7f]|\/\.|\.lock$|\.$|\/$)/.test(ref);
}
function gitDate(iso) {
    return `@${Math.floor(Date.parse(iso) / 1000)} +0000`;
}
/**
 * A tree entry deleting (sha null) a path the base tree lacks: GitHub's "Create a tree" "returns an
 * error if you try to delete a file that does not exist" (a 422).
 */
class MissingTreePathError extends Error {
    path;
    constructor(path) {
        super(`no ${path} in the base tree to delete`);
        this.path = path;
    }
}

;// CONCATENATED MODULE: ./src/emulator/codeowners.ts
/**
 * CODEOWNERS as GitHub reads it for "Require review from Code Owners" (docs: repositories/…/
 * customizing-your-repository/about-code-owners.md): the first of `.github/CODEOWNERS`,
 * `CODEOWNERS`, `docs/CODEOWNERS` on the base branch; the last matching pattern wins; patterns
 * follow gitignore (`*`, `?`, `**`, a leading or inner `/` anchors, a trailing `/` means a
 * folder, `dir/*` only direct children); a pattern with no owners leaves its paths unowned.
 * Owners are `@login` or `@org/team`; email owners cannot be matched to logins here and are
 * dropped. The emulator's own small reader: it imports nothing outside src/emulator.
 */
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
function parseCodeowners(text) {
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        const tokens = raw.trim().match(/(?:\\.|\S)+/g) ?? [];
        const pattern = tokens[0];
        if (!pattern || pattern.startsWith('#') || pattern.startsWith('!') || /[[\]]/.test(pattern))
            continue;
        const owners = [];
        for (const t of tokens.slice(1)) {
            if (t.startsWith('#'))
                break;
            if (t.startsWith('@'))
                owners.push(t.slice(1));
        }
        rules.push({ regex: patternRegex(pattern), owners });
    }
    return rules;
}
/** The owners of a repository path: those of the last rule matching it ([] when none). */
function ownersOf(rules, path) {
    for (let i = rules.length - 1; i >= 0; i--)
        if (rules[i].regex.test(path))
            return rules[i].owners;
    return [];
}
function patternRegex(pattern) {
    const dirOnly = pattern.endsWith('/');
    let p = pattern.replace(/\/+$/, '');
    const anchored = p.includes('/');
    p = p.replace(/^\/+/, '');
    const segments = p.split('/');
    let re = anchored ? '^' : '^(?:.*/)?';
    segments.forEach((seg, i) => {
        const last = i === segments.length - 1;
        if (seg === '**')
            re += last ? '.*' : '(?:.*/)?';
        else
            re += segment(seg) + (last ? '' : '/');
    });
    if (dirOnly)
        re += '/';
    else if (p.endsWith('/*'))
        re += '$';
    else
        re += '(?:/|$)';
    return new RegExp(re);
}
function segment(seg) {
    let out = '';
    for (let i = 0; i < seg.length; i++) {
        const c = seg[i];
        if (c === '\\' && i + 1 < seg.length)
            out += literal(seg[++i]);
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += literal(c);
    }
    return out;
}
const literal = (c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

;// CONCATENATED MODULE: ./src/emulator/router.ts
/** Parameters that may hold slashes (`heads/feature/x`, `docs/a.md`), encoded or not. */
const GREEDY = new Set(['ref', 'path']);
class Router {
    routes = [];
    add(method, template, handler) {
        const names = [];
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name) => {
            names.push(name);
            return GREEDY.has(name) ? '(.+)' : '([^/]+)';
        });
        this.routes.push({ method, template, pattern: new RegExp(`^${source}/?$`), names, handler });
    }
    /** [METHOD, template] of every route. */
    operations() {
        return this.routes.map((r) => [r.method, r.template]);
    }
    match(method, path) {
        for (const route of this.routes) {
            if (route.method !== method)
                continue;
            const m = route.pattern.exec(path);
            if (!m)
                continue;
            const params = {};
            route.names.forEach((n, i) => {
                params[n] = decodeURIComponent(m[i + 1]);
            });
            return { route, params };
        }
        return undefined;
    }
}
/** per_page/page slicing with GitHub's Link header (first/prev/next/last). */
function paginate(req, items) {
    const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p) => {
        const q = new URLSearchParams(req.query);
        q.set('per_page', String(perPage));
        q.set('page', String(p));
        return `<${req.ctx.url}${req.path}?${q}>`;
    };
    const rels = [];
    if (page > 1)
        rels.push(`${link(page - 1)}; rel="prev"`);
    if (page < last)
        rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1)
        rels.push(`${link(1)}; rel="first"`);
    return {
        items: items.slice((page - 1) * perPage, page * perPage),
        headers: rels.length ? { link: rels.join(', ') } : {},
    };
}

;// CONCATENATED MODULE: ./src/emulator/shape-repository.ts
const enc = encodeURIComponent;
function nodeId(kind, id) {
    return `${kind}_${Buffer.from(`0:${id}`).toString('base64url')}`;
}
function userHtml(ctx, login) {
    return login.endsWith('[bot]')
        ? `${ctx.id.serverUrl}/apps/${enc(login.slice(0, -5))}`
        : `${ctx.id.serverUrl}/${enc(login)}`;
}
function simpleUser(ctx, login) {
    const u = ctx.store.user(login);
    const api = `${ctx.url}/users/${enc(u.login)}`;
    return {
        login: u.login,
        id: u.id,
        node_id: nodeId(u.type === 'Bot' ? 'BOT' : 'U', u.id),
        avatar_url: `${ctx.url}/avatars/u/${u.id}?v=4`,
        gravatar_id: '',
        url: api,
        html_url: userHtml(ctx, u.login),
        followers_url: `${api}/followers`,
        following_url: `${api}/following{/other_user}`,
        gists_url: `${api}/gists{/gist_id}`,
        starred_url: `${api}/starred{/owner}{/repo}`,
        subscriptions_url: `${api}/subscriptions`,
        organizations_url: `${api}/orgs`,
        repos_url: `${api}/repos`,
        events_url: `${api}/events{/privacy}`,
        received_events_url: `${api}/received_events`,
        type: u.type,
        user_view_type: 'public',
        site_admin: false,
    };
}
function authorAssociation(ctx, login) {
    if (login.toLowerCase() === ctx.id.owner.toLowerCase())
        return 'OWNER';
    const member = Object.entries(ctx.store.teams).some(([team, logins]) => team.toLowerCase().startsWith(`${ctx.id.owner.toLowerCase()}/`) &&
        logins.some((l) => l.toLowerCase() === login.toLowerCase()));
    if (member)
        return 'MEMBER';
    return login.endsWith('[bot]') ? 'NONE' : 'COLLABORATOR';
}
/** The repository; `full` adds what only GET /repos/{owner}/{repo} returns. */
// Long on purpose: GitHub's repository object, field by field as its OpenAPI description lists them.
function repository(ctx, full = false) {
    const api = ctx.repoApi;
    const html = ctx.repoHtml;
    const base = {
        id: 700000001,
        node_id: nodeId('R', 700000001),
        name: ctx.id.repo,
        full_name: ctx.fullName,
        private: false,
        owner: { ...simpleUser(ctx, ctx.id.owner), type: 'Organization' },
        html_url: html,
        description: null,
        fork: false,
        url: api,
        forks_url: `${api}/forks`,
        keys_url: `${api}/keys{/key_id}`,
        collaborators_url: `${api}/collaborators{/collaborator}`,
        teams_url: `${api}/teams`,
        hooks_url: `${api}/hooks`,
        issue_events_url: `${api}/issues/events{/number}`,
        events_url: `${api}/events`,
        assignees_url: `${api}/assignees{/user}`,
        branches_url: `${api}/branches{/branch}`,
        tags_url: `${api}/tags`,
        blobs_url: `${api}/git/blobs{/sha}`,
        git_tags_url: `${api}/git/tags{/sha}`,
        git_refs_url: `${api}/git/refs{/sha}`,
        trees_url: `${api}/git/trees{/sha}`,
        statuses_url: `${api}/statuses/{sha}`,
        languages_url: `${api}/languages`,
        stargazers_url: `${api}/stargazers`,
        contributors_url: `${api}/contributors`,
        subscribers_url: `${api}/subscribers`,
        subscription_url: `${api}/subscription`,
        commits_url: `${api}/commits{/sha}`,
        git_commits_url: `${api}/git/commits{/sha}`,
        comments_url: `${api}/comments{/number}`,
        issue_comment_url: `${api}/issues/comments{/number}`,
        contents_url: `${api}/contents/{+path}`,
        compare_url: `${api}/compare/{base}...{head}`,
        merges_url: `${api}/merges`,
        archive_url: `${api}/{archive_format}{/ref}`,
        downloads_url: `${api}/downloads`,
        issues_url: `${api}/issues{/number}`,
        pulls_url: `${api}/pulls{/number}`,
        milestones_url: `${api}/milestones{/number}`,
        notifications_url: `${api}/notifications{?since,all,participating}`,
        labels_url: `${api}/labels{/name}`,
        releases_url: `${api}/releases{/id}`,
        deployments_url: `${api}/deployments`,
        created_at: ctx.createdAt,
        updated_at: ctx.createdAt,
        pushed_at: ctx.createdAt,
        git_url: `git://${new URL(html).host}/${ctx.fullName}.git`,
        ssh_url: `git@${new URL(html).host}:${ctx.fullName}.git`,
        clone_url: `${html}.git`,
        svn_url: html,
        homepage: null,
        size: 0,
        stargazers_count: 0,
        watchers_count: 0,
        language: 'TypeScript',
        has_issues: true,
        has_projects: true,
        has_downloads: true,
        has_wiki: false,
        has_pages: false,
        has_discussions: false,
        forks_count: 0,
        mirror_url: null,
        archived: false,
        disabled: false,
        open_issues_count: [...ctx.store.issues.values()].filter((i) => i.state === 'open').length,
        license: null,
        allow_forking: true,
        is_template: false,
        web_commit_signoff_required: false,
        topics: [],
        visibility: 'public',
        forks: 0,
        open_issues: [...ctx.store.issues.values()].filter((i) => i.state === 'open').length,
        watchers: 0,
        default_branch: ctx.id.defaultBranch,
    };
    if (!full)
        return base;
    return {
        ...base,
        permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
        allow_squash_merge: true,
        allow_merge_commit: true,
        allow_rebase_merge: true,
        allow_auto_merge: true,
        delete_branch_on_merge: false,
        network_count: 0,
        subscribers_count: 0,
        organization: { ...simpleUser(ctx, ctx.id.owner), type: 'Organization' },
    };
}
/**
 * `owner`'s fork of the repository, as a fork PR's `head.repo`: its own id, name under `owner`,
 * `fork: true`, and its URLs; the rest as the parent's.
 */
function forkRepository(ctx, owner) {
    const fullName = `${owner}/${ctx.id.repo}`;
    const out = {};
    for (const [key, value] of Object.entries(repository(ctx))) {
        out[key] =
            typeof value === 'string' && key.endsWith('url') ? value.replace(ctx.fullName, fullName) : value;
    }
    const id = 800000000 + ctx.store.user(owner).id;
    return {
        ...out,
        id,
        node_id: nodeId('R', id),
        full_name: fullName,
        owner: simpleUser(ctx, owner),
        fork: true,
        open_issues_count: 0,
        open_issues: 0,
    };
}

;// CONCATENATED MODULE: ./src/emulator/shapes.ts


const shapes_enc = encodeURIComponent;
function label(ctx, l) {
    return {
        id: l.id,
        node_id: nodeId('LA', l.id),
        url: `${ctx.repoApi}/labels/${shapes_enc(l.name)}`,
        name: l.name,
        color: l.color,
        default: l.default,
        description: l.description,
    };
}
function labels(ctx, names) {
    return names.map((n) => label(ctx, ctx.store.ensureLabel(n)));
}
function issue(ctx, i) {
    const api = `${ctx.repoApi}/issues/${i.number}`;
    const kind = i.pull ? 'pull' : 'issues';
    const out = {
        url: api,
        repository_url: ctx.repoApi,
        labels_url: `${api}/labels{/name}`,
        comments_url: `${api}/comments`,
        events_url: `${api}/events`,
        html_url: `${ctx.repoHtml}/${kind}/${i.number}`,
        id: i.id,
        node_id: i.pull ? nodeId('PR', i.pull.id) : nodeId('I', i.id),
        number: i.number,
        title: i.title,
        user: simpleUser(ctx, i.user),
        labels: labels(ctx, i.labels),
        state: i.state,
        locked: false,
        assignee: i.assignees[0] ? simpleUser(ctx, i.assignees[0]) : null,
        assignees: i.assignees.map((a) => simpleUser(ctx, a)),
        milestone: null,
        comments: i.comments,
        created_at: i.created_at,
        updated_at: i.updated_at,
        closed_at: i.closed_at,
        author_association: authorAssociation(ctx, i.user),
        active_lock_reason: null,
        body: i.body,
        closed_by: i.closed_by ? simpleUser(ctx, i.closed_by) : null,
        reactions: reactions(api),
        timeline_url: `${api}/timeline`,
        performed_via_github_app: null,
        state_reason: i.state_reason,
    };
    if (i.pull) {
        const pulls = `${ctx.repoApi}/pulls/${i.number}`;
        out.draft = i.pull.draft;
        out.pull_request = {
            url: pulls,
            html_url: `${ctx.repoHtml}/pull/${i.number}`,
            diff_url: `${ctx.repoHtml}/pull/${i.number}.diff`,
            patch_url: `${ctx.repoHtml}/pull/${i.number}.patch`,
            merged_at: i.pull.merged_at,
        };
    }
    return out;
}
function reactions(url) {
    const zero = { '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
    return { url: `${url}/reactions`, total_count: 0, ...zero };
}
/** A PR's head or base; `forkOwner` when the branch is in that user's fork. */
function branch(ctx, ref, sha, forkOwner) {
    const owner = forkOwner ?? ctx.id.owner;
    return {
        label: `${owner}:${ref}`,
        ref,
        sha,
        user: simpleUser(ctx, owner),
        repo: forkOwner ? forkRepository(ctx, forkOwner) : repository(ctx),
    };
}
/** A pull request as lists return it (pull-request-simple). */
function pullSimple(ctx, i) {
    const p = i.pull;
    const api = `${ctx.repoApi}/pulls/${i.number}`;
    const html = `${ctx.repoHtml}/pull/${i.number}`;
    const issueApi = `${ctx.repoApi}/issues/${i.number}`;
    return {
        url: api,
        id: p.id,
        node_id: nodeId('PR', p.id),
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        issue_url: issueApi,
        number: i.number,
        state: i.state,
        locked: false,
        title: i.title,
        user: simpleUser(ctx, i.user),
        body: i.body,
        created_at: i.created_at,
        updated_at: i.updated_at,
        closed_at: i.closed_at,
        merged_at: p.merged_at,
        merge_commit_sha: p.merge_commit_sha,
        assignee: i.assignees[0] ? simpleUser(ctx, i.assignees[0]) : null,
        assignees: i.assignees.map((a) => simpleUser(ctx, a)),
        requested_reviewers: p.requested_reviewers.map((r) => simpleUser(ctx, r)),
        requested_teams: p.requested_teams.map((t) => teamSimple(ctx, t)),
        // The spec types these label descriptions as plain strings.
        labels: labels(ctx, i.labels).map((l) => ({ ...l, description: l.description ?? '' })),
        milestone: null,
        draft: p.draft,
        commits_url: `${api}/commits`,
        review_comments_url: `${api}/comments`,
        review_comment_url: `${ctx.repoApi}/pulls/comments{/number}`,
        comments_url: `${issueApi}/comments`,
        statuses_url: `${ctx.repoApi}/statuses/${p.headSha}`,
        head: branch(ctx, p.headRef, p.headSha, p.headOwner),
        base: branch(ctx, p.baseRef, p.baseSha),
        _links: {
            self: { href: api },
            html: { href: html },
            issue: { href: issueApi },
            comments: { href: `${issueApi}/comments` },
            review_comments: { href: `${api}/comments` },
            review_comment: { href: `${ctx.repoApi}/pulls/comments{/number}` },
            commits: { href: `${api}/commits` },
            statuses: { href: `${ctx.repoApi}/statuses/${p.headSha}` },
        },
        author_association: authorAssociation(ctx, i.user),
        auto_merge: p.auto_merge
            ? {
                enabled_by: simpleUser(ctx, p.auto_merge.enabled_by),
                merge_method: p.auto_merge.merge_method,
                commit_title: i.title,
                commit_message: '',
            }
            : null,
        active_lock_reason: null,
    };
}
/** A pull request as GET /pulls/{n} and the webhooks return it. */
function pull(ctx, i, d) {
    const p = i.pull;
    const state = p.merged
        ? 'unknown'
        : d.mergeable === false
            ? 'dirty'
            : d.mergeable
                ? (d.gate ?? 'clean')
                : 'unknown';
    return {
        ...pullSimple(ctx, i),
        merged: p.merged,
        mergeable: p.merged ? null : d.mergeable,
        rebaseable: p.merged ? null : d.mergeable,
        mergeable_state: state,
        merged_by: p.merged_by ? simpleUser(ctx, p.merged_by) : null,
        comments: i.comments,
        review_comments: 0,
        maintainer_can_modify: p.maintainer_can_modify,
        commits: d.commits,
        additions: d.additions,
        deletions: d.deletions,
        changed_files: d.changed_files,
    };
}
function comment(ctx, c) {
    const issueRec = ctx.store.issues.get(c.issue);
    const kind = issueRec?.pull ? 'pull' : 'issues';
    return {
        url: `${ctx.repoApi}/issues/comments/${c.id}`,
        html_url: `${ctx.repoHtml}/${kind}/${c.issue}#issuecomment-${c.id}`,
        issue_url: `${ctx.repoApi}/issues/${c.issue}`,
        id: c.id,
        node_id: nodeId('IC', c.id),
        user: simpleUser(ctx, c.user),
        created_at: c.created_at,
        updated_at: c.updated_at,
        author_association: authorAssociation(ctx, c.user),
        body: c.body,
        reactions: reactions(`${ctx.repoApi}/issues/comments/${c.id}`),
        performed_via_github_app: null,
    };
}
function review(ctx, r) {
    const html = `${ctx.repoHtml}/pull/${r.pull}#pullrequestreview-${r.id}`;
    const pullApi = `${ctx.repoApi}/pulls/${r.pull}`;
    return {
        id: r.id,
        node_id: nodeId('PRR', r.id),
        user: simpleUser(ctx, r.user),
        body: r.body,
        state: r.state,
        html_url: html,
        pull_request_url: pullApi,
        author_association: authorAssociation(ctx, r.user),
        _links: { html: { href: html }, pull_request: { href: pullApi } },
        ...(r.state === 'PENDING' ? {} : { submitted_at: r.submitted_at }),
        commit_id: r.commit_id,
    };
}
function shapes_status(ctx, s, withCreator = true) {
    const out = {
        url: `${ctx.repoApi}/statuses/${s.sha}`,
        avatar_url: `${ctx.url}/avatars/u/${ctx.store.user(s.creator).id}?v=4`,
        id: s.id,
        node_id: nodeId('SC', s.id),
        state: s.state,
        description: s.description,
        target_url: s.target_url,
        context: s.context,
        created_at: s.created_at,
        updated_at: s.updated_at,
    };
    if (withCreator)
        out.creator = simpleUser(ctx, s.creator);
    return out;
}
function teamSimple(ctx, team) {
    const [org, slug] = team.split('/');
    const id = 5000000 + [...team].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1000000, 7);
    const api = `${ctx.url}/organizations/1/team/${id}`;
    return {
        id,
        node_id: nodeId('T', id),
        url: api,
        html_url: `${ctx.id.serverUrl}/orgs/${shapes_enc(org)}/teams/${shapes_enc(slug)}`,
        name: slug,
        slug,
        description: null,
        privacy: 'closed',
        notification_setting: 'notifications_enabled',
        permission: 'pull',
        members_url: `${api}/members{/member}`,
        repositories_url: `${api}/repos`,
        type: 'organization',
        parent: null,
    };
}
/** One file of a pull request's diff (GET /pulls/{n}/files), at the head commit `head`. */
function diffEntry(ctx, head, f) {
    const path = f.filename.split('/').map(encodeURIComponent).join('/');
    return {
        sha: f.sha,
        filename: f.filename,
        status: f.status,
        additions: f.additions,
        deletions: f.deletions,
        changes: f.additions + f.deletions,
        blob_url: `${ctx.repoHtml}/blob/${head}/${path}`,
        raw_url: `${ctx.repoHtml}/raw/${head}/${path}`,
        contents_url: `${ctx.repoApi}/contents/${path}?ref=${head}`,
    };
}

;// CONCATENATED MODULE: ./src/emulator/handlers/repos.ts



const repos_REPO = '/repos/{owner}/{repo}';
// Long on purpose: the route table, one r.add per endpoint, in the order of GitHub's REST reference.
function registerRepos(r) {
    r.add('GET', '/user', ({ ctx, user }) => {
        // Installation tokens (GITHUB_TOKEN, App tokens) have no user behind them.
        if (user.type === 'Bot')
            throw error(403, 'Resource not accessible by integration');
        return {
            status: 200,
            body: {
                ...simpleUser(ctx, user.login),
                name: user.name,
                company: null,
                blog: '',
                location: null,
                email: user.email,
                hireable: null,
                bio: null,
                twitter_username: null,
                public_repos: 1,
                public_gists: 0,
                followers: 0,
                following: 0,
                created_at: ctx.createdAt,
                updated_at: ctx.createdAt,
            },
        };
    });
    r.add('GET', repos_REPO, ({ ctx }) => ({ status: 200, body: repository(ctx, true) }));
    r.add('GET', `${repos_REPO}/contents/{path}`, async ({ ctx, params, query }) => {
        const commit = await ctx.git.resolveCommit(query.get('ref') ?? ctx.id.defaultBranch);
        if (!commit)
            throw notFound();
        const path = params.path.replace(/\/+$/, '');
        const sha = await ctx.git.objectAt(commit, path);
        if (!sha)
            throw notFound();
        const type = await ctx.git.objectType(sha);
        if (type === 'tree') {
            const entries = await ctx.git.lsTree(commit, path);
            return {
                status: 200,
                body: entries.map((e) => contentEntry(ctx, `${path}/${e.path}`, e.sha, e.type, e.size ?? 0)),
            };
        }
        const data = await ctx.git.readBlob(sha);
        // Files over 1 MB come without content (encoding "none"), as on GitHub.
        const big = data.length > 1024 * 1024;
        return {
            status: 200,
            body: {
                ...contentEntry(ctx, path, sha, 'blob', data.length),
                encoding: big ? 'none' : 'base64',
                content: big
                    ? ''
                    : (data.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + (data.length ? '\n' : ''),
            },
        };
    });
    r.add('GET', '/orgs/{org}/teams/{team_slug}/members', (req) => {
        const members = req.ctx.store.teamMembers(req.params.org, req.params.team_slug);
        if (!members)
            throw notFound();
        const page = paginate(req, members);
        return { status: 200, body: page.items.map((m) => simpleUser(req.ctx, m)), headers: page.headers };
    });
    r.add('POST', `${repos_REPO}/statuses/{sha}`, async ({ ctx, params, body, user }) => {
        const sha = params.sha;
        if ((await ctx.git.objectType(sha)) !== 'commit')
            throw validationFailed([
                { resource: 'Status', code: 'custom', field: 'sha', message: `No commit found for SHA: ${sha}` },
            ]);
        const state = body.state;
        if (!['error', 'failure', 'pending', 'success'].includes(state)) {
            throw validationFailed([
                { resource: 'Status', code: 'custom', field: 'state', message: 'state is not included in the list' },
            ]);
        }
        const description = typeof body.description === 'string' ? body.description : null;
        if (description && description.length > 140) {
            throw validationFailed([
                {
                    resource: 'Status',
                    code: 'custom',
                    field: 'description',
                    message: 'description is too long (maximum is 140 characters)',
                },
            ]);
        }
        const now = ctx.now();
        const rec = {
            id: ctx.store.nextId(),
            sha,
            state,
            context: typeof body.context === 'string' ? body.context : 'default',
            description,
            target_url: typeof body.target_url === 'string' ? body.target_url : null,
            creator: user.login,
            created_at: now,
            updated_at: now,
        };
        ctx.store.statuses.push(rec);
        return { status: 201, body: shapes_status(ctx, rec) };
    });
    r.add('GET', `${repos_REPO}/commits/{ref}/status`, async ({ ctx, params }) => {
        const sha = await ctx.git.resolveCommit(params.ref);
        if (!sha)
            throw notFound();
        const statuses = latestStatuses(ctx, sha);
        return {
            status: 200,
            body: {
                state: combinedState(statuses),
                statuses: statuses.map((s) => shapes_status(ctx, s, false)),
                sha,
                total_count: statuses.length,
                repository: repository(ctx),
                commit_url: `${ctx.repoApi}/commits/${sha}`,
                url: `${ctx.repoApi}/commits/${sha}/status`,
            },
        };
    });
}
/** The newest status per context, newest first. */
function latestStatuses(ctx, sha) {
    const seen = new Set();
    const out = [];
    for (const s of [...ctx.store.statuses].reverse()) {
        if (s.sha !== sha || seen.has(s.context))
            continue;
        seen.add(s.context);
        out.push(s);
    }
    return out;
}
function combinedState(statuses) {
    if (statuses.some((s) => s.state === 'error' || s.state === 'failure'))
        return 'failure';
    if (statuses.length === 0 || statuses.some((s) => s.state === 'pending'))
        return 'pending';
    return 'success';
}
function contentEntry(ctx, path, sha, gitType, size) {
    const type = gitType === 'tree' ? 'dir' : gitType === 'commit' ? 'submodule' : 'file';
    const self = `${ctx.repoApi}/contents/${path.split('/').map(encodeURIComponent).join('/')}`;
    const gitUrl = `${ctx.repoApi}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`;
    const html = `${ctx.repoHtml}/${type === 'dir' ? 'tree' : 'blob'}/${ctx.id.defaultBranch}/${path}`;
    return {
        type,
        size: type === 'dir' ? 0 : size,
        name: path.split('/').pop(),
        path,
        sha,
        url: self,
        git_url: gitUrl,
        html_url: html,
        download_url: type === 'file' ? `${ctx.url}/raw/${ctx.fullName}/${sha}/${path}` : null,
        _links: { self, git: gitUrl, html },
    };
}

;// CONCATENATED MODULE: ./src/emulator/protection.ts
/**
 * Branch protection and rulesets at work: what stands between a pull request and its merge
 * (required status checks, approvals, code-owner approval, an up-to-date head), who escapes it,
 * and which direct ref updates are refused — with GitHub's statuses and words.
 *
 * Where the words come from (quoted from real 405 answers to PUT /pulls/{n}/merge):
 * - classic: `{"message":"At least 1 approving review is required by reviewers with write
 *   access.","documentation_url":"https://docs.github.com/articles/about-protected-branches",
 *   "status":"405"}`; `Required status check "X" is expected.` / `is errored.` / `is failing.`;
 *   `2 of 2 required status checks have not succeeded: 1 expected and 1 pending.`; several
 *   unmet rules in one message, checks first, space-separated.
 * - rulesets: `Repository rule violations found\n\n<rule>\n\n` with no documentation_url,
 *   e.g. `Waiting on code owner review from a and/or b.`; a direct update of a branch whose
 *   ruleset requires pull requests: `Changes must be made through a pull request.`
 * - `At least 2 approving reviews are required by reviewers with write access.`,
 *   `Waiting on code owner review from org/team.`, `1 review requesting changes and 1
 *   approving review by reviewers with write access.` (GitHub's own review-rule messages).
 * Not found verbatim, and so guesses (marked where used): the plural of "requesting changes",
 * the joiner of three or more owners or status categories, the order of several ruleset
 * violations, and `N of M required status checks are pending|failing|errored.`
 */




const PROTECTED_DOCS = 'https://docs.github.com/articles/about-protected-branches';
const protection_same = (a, b) => a.toLowerCase() === b.toLowerCase();
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Rails' to_sentence, as GitHub joins lists ("a and b"; three or more: a guess). */
function sentence(items, and = 'and') {
    if (items.length <= 2)
        return items.join(` ${and} `);
    return `${items.slice(0, -1).join(', ')}, ${and} ${items.at(-1)}`;
}
const WORD = {
    pending: 'pending',
    failure: 'failing',
    error: 'errored',
    success: 'successful',
};
/** The required contexts not `success` on `sha`, in GitHub's words; undefined when all pass. */
function checksMessage(ctx, sha, contexts) {
    const latest = new Map(latestStatuses(ctx, sha).map((s) => [s.context, s.state]));
    const unmet = contexts
        .map((c) => ({ c, word: latest.has(c) ? WORD[latest.get(c)] : 'expected' }))
        .filter((u) => u.word !== 'successful');
    if (unmet.length === 0)
        return undefined;
    if (unmet.length === 1)
        return `Required status check "${unmet[0].c}" is ${unmet[0].word}.`;
    const tally = new Map();
    for (const u of unmet)
        tally.set(u.word, (tally.get(u.word) ?? 0) + 1);
    const head = `${unmet.length} of ${contexts.length} required status checks`;
    // "6 of 6 required status checks are expected." is GitHub's; the other words are a guess.
    if (tally.size === 1)
        return `${head} are ${unmet[0].word}.`;
    const parts = ['expected', 'pending', 'failing', 'errored']
        .filter((w) => tally.has(w))
        .map((w) => `${tally.get(w)} ${w}`);
    return `${head} have not succeeded: ${sentence(parts)}.`;
}
const WRITE_ROLES = new Set(['write', 'maintain', 'admin']);
/**
 * Whether GitHub lets `login`'s review count toward the rules: "Approvals with a gray check mark
 * [from people without write or admin permissions] do not affect whether the pull request can be
 * merged" (github/docs, approving-a-pull-request-with-required-reviews.md). Without a role of their
 * own, a member of one of the emulator's teams counts: its teams have write access to the
 * repository, as a CODEOWNERS team must ("that team must be visible and it must have write
 * permissions", about-code-owners.md). An App's review counts (the emulator does not model a
 * read-only App reviewing).
 */
function reviewCounts(ctx, login) {
    const role = ctx.roleOf(login);
    if (role)
        return WRITE_ROLES.has(role);
    const inTeam = Object.values(ctx.store.teams).some((members) => members.some((m) => protection_same(m, login)));
    return inTeam || ctx.store.users.get(login.toLowerCase())?.type === 'Bot';
}
/**
 * Each reviewer's review that counts (APPROVED, CHANGES_REQUESTED or DISMISSED; comments do not),
 * from reviewers with write access only.
 */
function latestReviews(ctx, number) {
    const latest = new Map();
    for (const r of ctx.store.reviews) {
        if (r.pull !== number || !['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(r.state))
            continue;
        latest.set(r.user.toLowerCase(), r);
    }
    return [...latest.values()].filter((r) => reviewCounts(ctx, r.user));
}
async function codeowners(ctx, sha) {
    for (const path of CODEOWNERS_PATHS) {
        const blob = await ctx.git.objectAt(sha, path);
        if (blob)
            return parseCodeowners((await ctx.git.readBlob(blob)).toString('utf8'));
    }
    return [];
}
/** Owners (`login`, `org/team`) of changed files no approver covers; a file only its author owns needs none. */
async function waitingOwners(ctx, i, approvers) {
    const p = i.pull;
    const rules = await codeowners(ctx, p.baseSha);
    if (rules.length === 0)
        return [];
    const covers = (owner) => {
        const [org, slug] = owner.split('/');
        const people = slug ? (ctx.store.teamMembers(org, slug) ?? []) : [owner];
        return approvers.some((a) => people.some((m) => protection_same(m, a)));
    };
    const waiting = new Map();
    for (const f of await ctx.git.changedFiles(p.baseSha, p.headSha)) {
        const owners = ownersOf(rules, f.filename);
        if (owners.every((o) => protection_same(o, i.user)) || owners.some(covers))
            continue;
        for (const o of owners)
            waiting.set(o.toLowerCase(), o);
    }
    return [...waiting.values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
}
/** Why the reviews do not satisfy `req`, or undefined. */
async function reviewsMessage(ctx, i, req) {
    const count = req.requiredApprovingReviewCount ?? 0;
    if (count === 0 && !req.requireCodeOwnerReviews)
        return undefined;
    const reviews = latestReviews(ctx, i.number);
    // With dismissal on, an approval of an older head does not count (GitHub dismisses it on push).
    const approvals = reviews.filter((r) => r.state === 'APPROVED' && !(req.dismissStaleReviews && r.commit_id !== i.pull.headSha));
    const changes = reviews.filter((r) => r.state === 'CHANGES_REQUESTED').length;
    if (changes > 0) {
        // GitHub's wording for 1 and 1; other counts pluralised the same way (a guess).
        return `${plural(changes, 'review')} requesting changes and ${plural(approvals.length, 'approving review')} by reviewers with write access.`;
    }
    if (req.requireCodeOwnerReviews) {
        const waiting = await waitingOwners(ctx, i, approvals.map((r) => r.user));
        if (waiting.length)
            return `Waiting on code owner review from ${sentence(waiting, 'and/or')}.`;
    }
    if (approvals.length >= count)
        return undefined;
    return count === 1
        ? 'At least 1 approving review is required by reviewers with write access.'
        : `At least ${count} approving reviews are required by reviewers with write access.`;
}
async function unmet(ctx, i, req, checksFirst) {
    const p = i.pull;
    const contexts = req.requiredStatusChecks ?? [];
    const checks = contexts.length ? checksMessage(ctx, p.headSha, contexts) : undefined;
    const reviews = await reviewsMessage(ctx, i, req);
    const messages = (checksFirst ? [checks, reviews] : [reviews, checks]).filter((m) => !!m);
    return { messages, behind: !!req.strict && !(await ctx.git.isAncestor(p.baseSha, p.headSha)) };
}
const withoutReviews = (req) => ({
    ...req,
    requiredApprovingReviewCount: 0,
    requireCodeOwnerReviews: false,
});
async function assess(ctx, i, login) {
    const sources = sourcesFor(ctx.id.protection, i.pull.baseRef);
    const escapes = (s) => login !== null && s.bypassesAll(login);
    const out = { protected: sources.length > 0, classic: [], rulesets: [], behind: false };
    const classic = sources.find((s) => s.kind === 'classic');
    if (classic && !escapes(classic)) {
        const skip = login !== null && classic.bypassesReviews(login);
        const u = await unmet(ctx, i, skip ? withoutReviews(classic.req) : classic.req, true);
        out.classic = u.messages;
        out.behind = u.behind;
    }
    const rulesets = sources.filter((s) => s.kind === 'ruleset' && !escapes(s));
    if (rulesets.length) {
        // The order of several ruleset violations is a guess (reviews first, as one answer showed).
        const u = await unmet(ctx, i, strictest(rulesets.map((s) => s.req)), false);
        out.rulesets = u.messages;
        out.behind ||= u.behind;
    }
    return out;
}
/** GET /pulls/{n}'s mergeable_state for a PR that merges cleanly. */
function gateState(a) {
    if (a.classic.length || a.rulesets.length)
        return 'blocked';
    return a.behind ? 'behind' : 'clean';
}
/** The answer GitHub gives a merge the rules refuse, or null. */
function mergeRefusal(a) {
    if (a.classic.length) {
        return new HttpError(405, {
            message: a.classic.join(' '),
            documentation_url: PROTECTED_DOCS,
            status: '405',
        });
    }
    if (a.rulesets.length)
        return ruleViolations(405, a.rulesets);
    if (a.behind) {
        return new HttpError(409, {
            message: 'Head branch is out of date. Review and try the merge again.',
            documentation_url: 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request',
            status: '409',
        });
    }
    return null;
}
/**
 * "Repository rule violations found" with each rule as a paragraph. Merge refusals (405) carry no
 * documentation_url in every answer found; GitHub's OpenAPI requires one on a 422, and no real
 * 422 body was found, so the endpoint's reference page stands in (a guess).
 */
function ruleViolations(status, rules) {
    const message = ruleViolationsMessage(rules);
    const docs = status === 422 ? { documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference' } : {};
    return new HttpError(status, { message, ...docs, status: String(status) });
}
/**
 * What stops `login` updating `fullRef` directly (PATCH git/refs, createCommitOnBranch) or
 * deleting it: classic protection unless the actor may bypass pull requests (deletion: always,
 * "Allow deletions" off); a ruleset requiring pull requests unless the actor is on its bypass list.
 */
function directUpdateBlock(ctx, fullRef, login, deleting) {
    if (!fullRef.startsWith('refs/heads/'))
        return null;
    const sources = sourcesFor(ctx.id.protection, fullRef.slice('refs/heads/'.length));
    const needsPull = (s) => s.req.requirePullRequest !== false;
    const classic = sources.find((s) => s.kind === 'classic');
    if (classic && (deleting || (needsPull(classic) && !classic.bypassesReviews(login))))
        return 'classic';
    const ruled = sources.some((s) => s.kind === 'ruleset' && needsPull(s) && !s.bypassesAll(login));
    return ruled && !deleting ? 'ruleset' : null;
}
/** The REST answer to a refused direct update or deletion (PATCH/DELETE git/refs), or null. */
function refUpdateRefusal(ctx, fullRef, login, deleting) {
    const block = directUpdateBlock(ctx, fullRef, login, deleting);
    if (block === 'classic')
        return unprocessable(`Protected branch update failed for ${fullRef}.`);
    return block === 'ruleset' ? ruleViolations(422, [PULL_REQUIRED]) : null;
}
const PULL_REQUIRED = 'Changes must be made through a pull request.';
/** Rulesets' message: each violated rule a paragraph. */
const ruleViolationsMessage = (rules) => `Repository rule violations found\n\n${rules.map((r) => `${r}\n\n`).join('')}`;

;// CONCATENATED MODULE: ./src/emulator/handlers/git.ts



const GIT = '/repos/{owner}/{repo}/git';
const SHA = /^[0-9a-f]{40}$/;
function gitRef(ctx, ref, sha) {
    return {
        ref,
        node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
        url: `${ctx.repoApi}/git/${ref}`,
        object: { sha, type: 'commit', url: `${ctx.repoApi}/git/commits/${sha}` },
    };
}
function gitCommit(ctx, c) {
    const signed = ctx.store.signed.has(c.sha);
    return {
        sha: c.sha,
        node_id: `C_${Buffer.from(c.sha).toString('base64url').slice(0, 24)}`,
        url: `${ctx.repoApi}/git/commits/${c.sha}`,
        html_url: `${ctx.repoHtml}/commit/${c.sha}`,
        author: c.author,
        committer: c.committer,
        tree: { sha: c.tree, url: `${ctx.repoApi}/git/trees/${c.tree}` },
        message: c.message.replace(/\n$/, ''),
        parents: c.parents.map((p) => ({
            sha: p,
            url: `${ctx.repoApi}/git/commits/${p}`,
            html_url: `${ctx.repoHtml}/commit/${p}`,
        })),
        verification: {
            verified: signed,
            reason: signed ? 'valid' : 'unsigned',
            signature: signed ? '-----BEGIN PGP SIGNATURE-----\n(emulated)\n-----END PGP SIGNATURE-----\n' : null,
            payload: null,
            verified_at: signed ? c.committer.date : null,
        },
    };
}
/** GitHub's identity for the commits it makes (merges, API commits without a committer). */
function webFlow(date) {
    return { name: 'GitHub', email: 'noreply@github.com', date };
}
function signature(req, given) {
    const g = (given ?? {});
    return {
        name: g.name ?? req.user.name,
        email: g.email ?? req.user.email,
        date: g.date ? new Date(g.date).toISOString().replace(/\.\d{3}Z$/, 'Z') : req.ctx.now(),
    };
}
function fullRef(param) {
    return param.startsWith('refs/') ? param : `refs/${param}`;
}
// Long on purpose: the route table, one r.add per endpoint, in the order of GitHub's REST reference.
function registerGit(r) {
    r.add('GET', `${GIT}/ref/{ref}`, async ({ ctx, params }) => {
        const ref = fullRef(params.ref);
        const sha = await ctx.git.refSha(ref);
        if (!sha)
            throw notFound();
        return { status: 200, body: gitRef(ctx, ref, sha) };
    });
    r.add('GET', `${GIT}/commits/{commit_sha}`, async ({ ctx, params }) => {
        const sha = params.commit_sha;
        if ((await ctx.git.objectType(sha)) !== 'commit')
            throw notFound();
        return { status: 200, body: gitCommit(ctx, await ctx.git.readCommit(sha)) };
    });
    r.add('POST', `${GIT}/blobs`, async ({ ctx, body }) => {
        if (typeof body.content !== 'string') {
            throw validationFailed([{ resource: 'Blob', code: 'missing_field', field: 'content' }]);
        }
        const encoding = body.encoding ?? 'utf-8';
        if (encoding !== 'utf-8' && encoding !== 'base64') {
            throw validationFailed([{ resource: 'Blob', code: 'invalid', field: 'encoding' }]);
        }
        const sha = await ctx.git.writeBlob(Buffer.from(body.content, encoding === 'base64' ? 'base64' : 'utf8'));
        return { status: 201, body: { sha, url: `${ctx.repoApi}/git/blobs/${sha}` } };
    });
    r.add('POST', `${GIT}/trees`, async ({ ctx, body }) => {
        const entries = body.tree;
        if (!Array.isArray(entries))
            throw validationFailed([{ resource: 'Tree', code: 'missing_field', field: 'tree' }]);
        const base = body.base_tree;
        if (base !== undefined && (typeof base !== 'string' || (await ctx.git.objectType(base)) !== 'tree')) {
            throw unprocessable('Invalid tree info');
        }
        const changes = [];
        for (const e of entries) {
            const { path, mode, type, sha, content } = e;
            const validMode = ['100644', '100755', '040000', '160000', '120000'].includes(String(mode));
            if (typeof path !== 'string' || !path || path.startsWith('/') || !validMode) {
                throw unprocessable('Invalid tree info');
            }
            if (sha !== undefined && content !== undefined)
                throw unprocessable('Invalid tree info');
            if (typeof sha === 'string' && (await ctx.git.objectType(sha)) === null) {
                throw unprocessable('Invalid tree info');
            }
            changes.push({
                path,
                mode: String(mode),
                type: String(type ?? 'blob'),
                sha: sha,
                ...(typeof content === 'string' ? { content } : {}),
            });
        }
        // GitHub answers a deletion of a missing file with 422 GitRPC::BadObjectState.
        const tree = await ctx.git
            .writeTree(base ?? null, changes, true)
            .catch((e) => {
            throw e instanceof MissingTreePathError ? unprocessable('GitRPC::BadObjectState') : e;
        });
        return { status: 201, body: await treeBody(ctx, tree) };
    });
    r.add('POST', `${GIT}/commits`, async (req) => {
        const { ctx, body } = req;
        if (typeof body.message !== 'string') {
            throw validationFailed([{ resource: 'Commit', code: 'missing_field', field: 'message' }]);
        }
        if (typeof body.tree !== 'string' || (await ctx.git.objectType(body.tree)) !== 'tree') {
            throw unprocessable('Tree SHA does not exist');
        }
        const parents = (body.parents ?? []);
        for (const p of parents) {
            if (typeof p !== 'string' || (await ctx.git.objectType(p)) !== 'commit') {
                throw unprocessable('Parent SHA does not exist or is not a commit object');
            }
        }
        const author = signature(req, body.author);
        const committer = body.committer ? signature(req, body.committer) : author;
        const sha = await ctx.git.commitTree(body.tree, parents, body.message, author, committer);
        // GitHub signs the commits it makes for a token when no custom identity was given.
        if (!body.author && !body.committer && !body.signature)
            ctx.store.signed.add(sha);
        return { status: 201, body: gitCommit(ctx, await ctx.git.readCommit(sha)) };
    });
    r.add('POST', `${GIT}/refs`, async ({ ctx, body, user }) => {
        const ref = body.ref;
        if (typeof ref !== 'string' || !/^refs\/[^/]+\/.+/.test(ref)) {
            throw unprocessable('Reference name is not valid');
        }
        const sha = body.sha;
        if (typeof sha !== 'string' || !SHA.test(sha) || (await ctx.git.objectType(sha)) !== 'commit') {
            throw unprocessable('Object does not exist');
        }
        if (!(await ctx.git.casRef(ref, sha, git_ZERO_SHA)))
            throw unprocessable('Reference already exists');
        ctx.refMoved(ref, sha, { before: git_ZERO_SHA, login: user.login });
        return { status: 201, body: gitRef(ctx, ref, sha) };
    });
    r.add('PATCH', `${GIT}/refs/{ref}`, async ({ ctx, params, body, user }) => {
        const ref = fullRef(params.ref);
        const current = await ctx.git.refSha(ref);
        if (!current)
            throw unprocessable('Reference does not exist');
        const sha = body.sha;
        if (typeof sha !== 'string' || !SHA.test(sha) || (await ctx.git.objectType(sha)) !== 'commit') {
            throw unprocessable('Object does not exist');
        }
        const refused = refUpdateRefusal(ctx, ref, user.login, false);
        if (refused)
            throw refused;
        if (body.force !== true && !(await ctx.git.isAncestor(current, sha))) {
            throw unprocessable('Update is not a fast forward');
        }
        if (!(await ctx.git.casRef(ref, sha, current)))
            throw unprocessable('Reference cannot be updated');
        ctx.refMoved(ref, sha, { before: current, login: user.login });
        return { status: 200, body: gitRef(ctx, ref, sha) };
    });
    r.add('DELETE', `${GIT}/refs/{ref}`, async ({ ctx, params, user }) => {
        const ref = fullRef(params.ref);
        const current = await ctx.git.refSha(ref);
        if (!current)
            throw unprocessable('Reference does not exist');
        const refused = refUpdateRefusal(ctx, ref, user.login, true);
        if (refused)
            throw refused;
        await ctx.git.deleteRef(ref, current);
        ctx.written.push({ kind: 'ref', ref, before: current, after: git_ZERO_SHA, login: user.login });
        return { status: 204 };
    });
}
async function treeBody(ctx, tree) {
    const entries = await ctx.git.lsTree(tree);
    return {
        sha: tree,
        url: `${ctx.repoApi}/git/trees/${tree}`,
        tree: entries.map((e) => ({
            ...e,
            url: `${ctx.repoApi}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
        })),
        truncated: false,
    };
}

;// CONCATENATED MODULE: ./src/emulator/handlers/issue-ops.ts

/** Label names from `["a", {name: "b"}]`, the forms the API accepts. */
function labelNames(value) {
    if (!Array.isArray(value))
        return [];
    return value
        .map((l) => (typeof l === 'string' ? l : String(l.name ?? '')))
        .filter(Boolean);
}
/**
 * Who can be assigned: "anyone who has commented on the issue or pull request, anyone with write
 * permissions to the repository, and organization members with read permissions to the
 * repository" (github/docs content/issues/…/assigning-issues-and-pull-requests-to-other-github-users.md):
 * here, the repository's collaborators (`collaborators`, people holding tokens) and commenters.
 */
function assignable(ctx, login, issue) {
    if (ctx.roleOf(login))
        return true;
    const me = login.toLowerCase();
    return (issue !== undefined &&
        [...ctx.store.comments.values()].some((c) => c.issue === issue.number && c.user.toLowerCase() === me));
}
/**
 * 422 Validation Failed, one `{ value, resource: 'Issue', field: 'assignees', code: 'invalid' }`
 * per login that cannot be assigned, as GitHub answers POST /issues (seen in
 * JasonEtco/create-an-issue#41 and trstringer/manual-approval#71; `field: 'assignee'` for the
 * singular field, kubernetes/test-infra#1624).
 */
function checkAssignees(ctx, logins, field, docs, issue) {
    const refused = logins.filter((l) => !assignable(ctx, l, issue));
    if (refused.length)
        throw validationFailed(refused.map((value) => ({ value, resource: 'Issue', field, code: 'invalid' })), docs);
}
const ISSUES_DOCS = 'https://docs.github.com/rest/issues/issues';
/**
 * `canPush`: "Only users with push access can set labels for new issues. Labels are silently
 * dropped otherwise." (and the same of assignees: the create-an-issue request body in GitHub's
 * OpenAPI description).
 */
function createIssue(ctx, login, input, createdAt = ctx.now(), canPush = true) {
    const title = requireString(input.title, 'title', 'Issue');
    checkBodyLength(input.body, 'Issue');
    const labels = canPush ? labelNames(input.labels) : [];
    const field = Array.isArray(input.assignees) ? 'assignees' : 'assignee';
    const assignees = !canPush
        ? []
        : Array.isArray(input.assignees)
            ? input.assignees.map(String)
            : typeof input.assignee === 'string'
                ? [input.assignee]
                : [];
    checkAssignees(ctx, assignees, field, `${ISSUES_DOCS}#create-an-issue`);
    return storeIssue(ctx, {
        title,
        body: input.body,
        labels: labels.map((l) => ctx.store.ensureLabel(l).name),
        assignees: assignees.map((a) => ctx.store.user(a).login),
        user: ctx.store.user(login).login,
        at: createdAt,
    });
}
/**
 * A new open issue or pull request (`pull`), numbered from the one sequence both share, as
 * GitHub numbers them.
 */
function storeIssue(ctx, o) {
    const rec = {
        number: ctx.store.nextNumber(),
        id: ctx.store.nextId(),
        title: o.title,
        body: typeof o.body === 'string' ? o.body : null,
        state: 'open',
        state_reason: null,
        labels: o.labels,
        assignees: o.assignees,
        user: o.user,
        created_at: o.at,
        updated_at: o.at,
        closed_at: null,
        closed_by: null,
        comments: 0,
        pinned: false,
        ...(o.pull ? { pull: { id: ctx.store.nextId(), ...o.pull } } : {}),
    };
    ctx.store.issues.set(rec.number, rec);
    return rec;
}
function issueOr404(ctx, n) {
    const rec = ctx.store.issues.get(Number(n));
    if (!rec)
        throw notFound();
    return rec;
}
function addComment(ctx, number, login, body) {
    const issue = issueOr404(ctx, number);
    const text = requireString(body, 'body', 'IssueComment');
    checkBodyLength(text, 'IssueComment');
    const now = ctx.now();
    const rec = {
        id: ctx.store.nextId(),
        issue: number,
        body: text,
        user: ctx.store.user(login).login,
        created_at: now,
        updated_at: now,
    };
    ctx.store.comments.set(rec.id, rec);
    issue.comments += 1;
    issue.updated_at = now;
    return rec;
}

;// CONCATENATED MODULE: ./src/emulator/handlers/pull-ops.ts
/**
 * What pull requests do, shared by the REST handlers and the test-side helpers acting as
 * humans: open, detail (mergeability, counts), review, merge with real git.
 */






const PULLS_DOCS = 'https://docs.github.com/rest/pulls/pulls';
/**
 * The branch a `head` names: `branch` or `owner:branch` of this repository, or `user:branch` of
 * that user's fork ("namespace head with a user or organization name", REST docs, Create a pull
 * request).
 */
function headOf(ctx, head) {
    const colon = head.indexOf(':');
    if (colon < 0)
        return { branch: head };
    const owner = head.slice(0, colon);
    const branch = head.slice(colon + 1);
    return owner.toLowerCase() === ctx.id.owner.toLowerCase() ? { branch } : { branch, owner };
}
/** `owner:branch`, as GitHub names a head in labels and messages. */
function headLabel(ctx, p) {
    return `${p.headOwner ?? ctx.id.owner}:${p.headRef}`;
}
/** The git ref holding `head`. */
const gitRefOf = (head) => headGitRef({ headRef: head.branch, headOwner: head.owner });
function openPullFor(ctx, head, base) {
    const ref = gitRefOf(head);
    return [...ctx.store.issues.values()].find((i) => i.pull && i.state === 'open' && headGitRef(i.pull) === ref && i.pull.baseRef === base);
}
async function createPull(ctx, login, input) {
    const user = ctx.store.user(login);
    // The setting is GitHub Actions' (GITHUB_TOKEN); App installations are not bound by it.
    if (user.login === GITHUB_ACTIONS && !ctx.actionsCanCreatePullRequests) {
        throw error(403, 'GitHub Actions is not permitted to create or approve pull requests.');
    }
    const title = requireString(input.title, 'title', 'PullRequest', PULLS_DOCS);
    if (typeof input.head !== 'string' || typeof input.base !== 'string') {
        throw validationFailed([
            {
                resource: 'PullRequest',
                code: 'missing_field',
                field: typeof input.head !== 'string' ? 'head' : 'base',
            },
        ], PULLS_DOCS);
    }
    checkBodyLength(input.body, 'Issue');
    const base = input.base;
    const head = headOf(ctx, input.head);
    const baseSha = await ctx.git.refSha(`refs/heads/${base}`);
    if (!baseSha)
        throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }], PULLS_DOCS);
    const headSha = await ctx.git.refSha(gitRefOf(head));
    if (!headSha)
        throw validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }], PULLS_DOCS);
    const label = headLabel(ctx, { headRef: head.branch, headOwner: head.owner });
    if (openPullFor(ctx, head, base)) {
        const message = `A pull request already exists for ${label}.`;
        throw validationFailed([{ resource: 'PullRequest', code: 'custom', message }], PULLS_DOCS);
    }
    if ((await ctx.git.revList(baseSha, headSha)).length === 0) {
        const message = `No commits between ${base} and ${head.branch}`;
        throw validationFailed([{ resource: 'PullRequest', code: 'custom', message }], PULLS_DOCS);
    }
    const rec = storeIssue(ctx, {
        title,
        body: input.body,
        labels: [],
        assignees: [],
        user: user.login,
        at: ctx.now(),
        pull: {
            headRef: head.branch,
            ...(head.owner ? { headOwner: head.owner } : {}),
            headSha,
            baseRef: base,
            baseSha,
            draft: input.draft === true,
            merged: false,
            merged_at: null,
            merged_by: null,
            merge_commit_sha: null,
            maintainer_can_modify: input.maintainer_can_modify !== false,
            requested_reviewers: [],
            requested_teams: [],
            auto_merge: null,
        },
    });
    ctx.written.push({ kind: 'pull', number: rec.number, action: 'opened', login: user.login });
    return rec;
}
/**
 * Records a PATCH of a pull request (through /pulls or /issues, which edit the same record) in
 * the write log: `fields` the request set, and a close or reopen.
 */
function recordPullUpdate(ctx, i, login, fields, wasOpen) {
    if (!i.pull)
        return;
    if (fields.length)
        ctx.written.push({ kind: 'pull', number: i.number, action: 'edited', login, fields });
    const open = i.state === 'open';
    if (open !== wasOpen)
        ctx.written.push({ kind: 'pull', number: i.number, action: open ? 'reopened' : 'closed', login });
}
function pull_ops_pullOr404(ctx, n) {
    const rec = ctx.store.pull(Number(n));
    if (!rec)
        throw notFound();
    return rec;
}
const pull_ops_details = new WeakMap();
/** Mergeability and the diff counts GET /pulls/{n} reports (kept per base and head commit). */
async function pullDetail(ctx, i) {
    const p = i.pull;
    const cache = pull_ops_details.get(ctx) ?? new Map();
    pull_ops_details.set(ctx, cache);
    const key = `${p.baseSha}..${p.headSha}`;
    let d = cache.get(key);
    if (!d) {
        const clean = (await ctx.git.mergeTree(p.baseSha, p.headSha)) !== null;
        const commits = (await ctx.git.revList(p.baseSha, p.headSha)).length;
        const diff = await ctx.git.git(['diff', '--numstat', `${p.baseSha}...${p.headSha}`], { allowFail: true });
        let additions = 0;
        let deletions = 0;
        const lines = diff.stdout.toString().split('\n').filter(Boolean);
        for (const line of lines) {
            const [a, del] = line.split('\t');
            additions += Number(a) || 0;
            deletions += Number(del) || 0;
        }
        d = { clean, commits, additions, deletions, changed_files: lines.length };
        cache.set(key, d);
    }
    const { clean, ...counts } = d;
    // The rules are judged afresh: reviews and statuses change without the commits changing.
    const open = i.state === 'open';
    const gate = open && clean ? gateState(await assess(ctx, i, null)) : null;
    return { ...counts, mergeable: open ? clean : null, gate };
}
const SELF_REVIEW = {
    APPROVED: 'Can not approve your own pull request',
    CHANGES_REQUESTED: 'Can not request changes on your own pull request',
};
function reviewRefused(message) {
    return new HttpError(422, {
        message: 'Unprocessable Entity',
        errors: [message],
        documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
        status: '422',
    });
}
async function submitReview(ctx, number, login, input) {
    const i = pull_ops_pullOr404(ctx, number);
    const states = {
        APPROVE: 'APPROVED',
        REQUEST_CHANGES: 'CHANGES_REQUESTED',
        COMMENT: 'COMMENTED',
    };
    const state = input.event === undefined ? 'PENDING' : (states[String(input.event)] ?? 'PENDING');
    if (input.event !== undefined && !states[String(input.event)])
        throw reviewRefused(`Unexpected event: ${input.event}`);
    const user = ctx.store.user(login);
    const self = SELF_REVIEW[state];
    if (self && user.login.toLowerCase() === i.user.toLowerCase())
        throw reviewRefused(self);
    if (state === 'APPROVED' && user.login === GITHUB_ACTIONS && !ctx.actionsCanCreatePullRequests) {
        throw reviewRefused('GitHub Actions is not permitted to approve pull requests.');
    }
    const body = typeof input.body === 'string' ? input.body : '';
    if ((state === 'CHANGES_REQUESTED' || state === 'COMMENTED') && !body) {
        throw reviewRefused('Body is required when using REQUEST_CHANGES or COMMENT events');
    }
    checkBodyLength(body, 'PullRequestReview');
    const commit = typeof input.commit_id === 'string' ? input.commit_id : i.pull.headSha;
    if ((await ctx.git.objectType(commit)) !== 'commit')
        throw reviewRefused('Commit not found');
    const rec = {
        id: ctx.store.nextId(),
        pull: number,
        user: user.login,
        body,
        state,
        commit_id: commit,
        submitted_at: ctx.now(),
    };
    ctx.store.reviews.push(rec);
    if (state !== 'PENDING')
        ctx.written.push({ kind: 'review', number, id: rec.id, login: user.login });
    // A submitted review answers the review request, as on GitHub.
    if (state !== 'PENDING') {
        i.pull.requested_reviewers = i.pull.requested_reviewers.filter((r) => r.toLowerCase() !== user.login.toLowerCase());
    }
    return rec;
}
const MERGE_DOCS = 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request';
/** Merges with a real three-way merge; returns the new commit on the base branch. */
async function mergePull(ctx, number, login, input) {
    const i = pull_ops_pullOr404(ctx, number);
    const p = i.pull;
    if (i.state !== 'open')
        throw error(405, 'Pull Request is not mergeable', MERGE_DOCS);
    if (typeof input.sha === 'string' && input.sha !== p.headSha) {
        throw error(409, 'Head branch was modified. Review and try the merge again.', MERGE_DOCS);
    }
    const method = input.merge_method ?? 'merge';
    if (!['merge', 'squash', 'rebase'].includes(method)) {
        throw validationFailed([{ resource: 'PullRequest', code: 'invalid', field: 'merge_method' }], MERGE_DOCS);
    }
    const tree = await ctx.git.mergeTree(p.baseSha, p.headSha);
    if (!tree)
        throw error(405, 'Pull Request is not mergeable', MERGE_DOCS);
    const user = ctx.store.user(login);
    const refused = mergeRefusal(await assess(ctx, i, user.login));
    if (refused)
        throw refused;
    const now = ctx.now();
    const author = { name: user.name, email: user.email, date: now };
    const title = typeof input.commit_title === 'string'
        ? input.commit_title
        : method === 'merge'
            ? `Merge pull request #${number} from ${p.headOwner ?? ctx.id.owner}/${p.headRef}`
            : `${i.title} (#${number})`;
    const body = typeof input.commit_message === 'string' ? input.commit_message : method === 'merge' ? i.title : '';
    const message = body ? `${title}\n\n${body}\n` : `${title}\n`;
    // rebase is emulated as one commit on the base, like squash: the tree is what matters here.
    const parents = method === 'merge' ? [p.baseSha, p.headSha] : [p.baseSha];
    const sha = await ctx.git.commitTree(tree, parents, message, author, webFlow(now));
    ctx.store.signed.add(sha);
    const before = p.baseSha;
    if (!(await ctx.git.casRef(`refs/heads/${p.baseRef}`, sha, before))) {
        throw error(409, 'Base branch was modified. Review and try the merge again.', MERGE_DOCS);
    }
    Object.assign(p, {
        merged: true,
        merged_at: now,
        merged_by: user.login,
        merge_commit_sha: sha,
        auto_merge: null,
    });
    Object.assign(i, { state: 'closed', closed_at: now, closed_by: user.login, updated_at: now });
    ctx.written.push({ kind: 'pull', number, action: 'merged', login: user.login });
    ctx.refMoved(`refs/heads/${p.baseRef}`, sha, { before, login: user.login });
    return sha;
}

;// CONCATENATED MODULE: ./src/emulator/events.ts



/** The webhook schemas of the payloads built here (checked like REST answers). */
const events_WEBHOOK_SCHEMAS = [
    'webhook-push',
    'webhook-workflow-dispatch',
    'webhook-pull-request-review-submitted',
    ...['opened', 'synchronize', 'edited', 'reopened', 'closed', 'labeled'].map((a) => `webhook-pull-request-${a}`),
];
function organization(ctx) {
    const u = simpleUser(ctx, ctx.id.owner);
    const api = `${ctx.url}/orgs/${encodeURIComponent(ctx.id.owner)}`;
    return {
        login: u.login,
        id: u.id,
        node_id: u.node_id,
        url: api,
        repos_url: `${api}/repos`,
        events_url: `${api}/events`,
        hooks_url: `${api}/hooks`,
        issues_url: `${api}/issues`,
        members_url: `${api}/members{/member}`,
        public_members_url: `${api}/public_members{/member}`,
        avatar_url: u.avatar_url,
        description: null,
    };
}
function common(ctx, sender) {
    return { repository: repository(ctx), organization: organization(ctx), sender: simpleUser(ctx, sender) };
}
/**
 * Refreshes refs/pull/N/head and the test merge refs/pull/N/merge (what actions/checkout
 * checks out for pull_request events); returns the merge sha, or the head sha on conflicts.
 */
async function mergeRef(ctx, number) {
    const i = pull_ops_pullOr404(ctx, number);
    const p = i.pull;
    await ctx.git.git(['update-ref', `refs/pull/${number}/head`, p.headSha]);
    const tree = i.state === 'open' ? await ctx.git.mergeTree(p.baseSha, p.headSha) : null;
    if (!tree)
        return { sha: p.headSha, ref: `refs/pull/${number}/head` };
    const sig = { name: 'GitHub', email: 'noreply@github.com', date: ctx.now() };
    const message = `Merge ${p.headSha} into ${p.baseSha}\n`;
    const sha = await ctx.git.commitTree(tree, [p.baseSha, p.headSha], message, sig);
    await ctx.git.git(['update-ref', `refs/pull/${number}/merge`, sha]);
    return { sha, ref: `refs/pull/${number}/merge` };
}
async function pullPayload(ctx, number, testMerge) {
    const i = pull_ops_pullOr404(ctx, number);
    const body = pull(ctx, i, await pullDetail(ctx, i));
    if (testMerge && i.state === 'open')
        body.merge_commit_sha = testMerge;
    return body;
}
async function pullRequestEvent(gh, number, action = 'opened', opts = {}) {
    const { ctx } = gh;
    const i = pullOr404(ctx, number);
    const merge = await mergeRef(ctx, number);
    const payload = {
        action,
        number,
        pull_request: await pullPayload(ctx, number, merge.sha),
        ...common(ctx, opts.sender ?? i.user),
    };
    if (action === 'synchronize')
        Object.assign(payload, { before: opts.before ?? ZERO_SHA, after: i.pull.headSha });
    if (action === 'edited')
        payload.changes = opts.changes ?? {};
    ctx.checkWebhook(`webhook-pull-request-${action}`, payload);
    return { name: 'pull_request', payload, ...merge };
}
async function pullRequestReviewEvent(gh, number, reviewId) {
    const { ctx } = gh;
    const rec = ctx.store.reviews.find((r) => r.id === reviewId && r.pull === number);
    if (!rec)
        throw new Error(`no review ${reviewId} on pull request #${number}`);
    const merge = await mergeRef(ctx, number);
    const payload = {
        action: 'submitted',
        // Webhooks spell the state in lower case ("approved"); the REST API in upper case.
        review: { ...review(ctx, rec), state: rec.state.toLowerCase() },
        pull_request: await pullPayload(ctx, number, merge.sha),
        ...common(ctx, rec.user),
    };
    ctx.checkWebhook('webhook-pull-request-review-submitted', payload);
    return { name: 'pull_request_review', payload, ...merge };
}
async function pushedCommit(ctx, sha) {
    const c = await ctx.git.readCommit(sha);
    const diff = c.parents[0]
        ? await ctx.git.git(['diff', '--name-status', '--no-renames', c.parents[0], sha])
        : await ctx.git.git([
            'diff-tree',
            '-r',
            '--root',
            '--no-commit-id',
            '--name-status',
            '--no-renames',
            sha,
        ]);
    const files = { added: [], removed: [], modified: [] };
    for (const line of diff.stdout.toString().split('\n').filter(Boolean)) {
        const [status, path] = line.split('\t');
        (status === 'A' ? files.added : status === 'D' ? files.removed : files.modified).push(path);
    }
    const person = (s) => ({ name: s.name, email: s.email, username: s.name });
    return {
        id: sha,
        tree_id: c.tree,
        distinct: true,
        message: c.message.replace(/\n$/, ''),
        timestamp: c.committer.date,
        url: `${ctx.repoHtml}/commit/${sha}`,
        author: person(c.author),
        committer: person(c.committer),
        ...files,
    };
}
async function pushEvent(gh, branch, before, after, sender) {
    const { ctx } = gh;
    const shas = before === git_ZERO_SHA ? [after] : (await ctx.git.revList(before, after)).reverse();
    const commits = await Promise.all(shas.map((s) => pushedCommit(ctx, s)));
    const user = ctx.store.user(sender);
    const ref = `refs/heads/${branch}`;
    // A forced update (PATCH git/refs with force: true) leaves the old tip out of the new history.
    const forced = before !== git_ZERO_SHA && after !== git_ZERO_SHA && !(await ctx.git.isAncestor(before, after));
    const payload = {
        ref,
        before,
        after,
        created: before === git_ZERO_SHA,
        deleted: after === git_ZERO_SHA,
        forced,
        base_ref: null,
        compare: `${ctx.repoHtml}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
        commits,
        head_commit: commits.at(-1) ?? null,
        pusher: { name: user.login, email: user.email },
        ...common(ctx, sender),
    };
    ctx.checkWebhook('webhook-push', payload);
    return { name: 'push', payload, sha: after, ref };
}
async function workflowDispatchEvent(gh, inputs, opts = {}) {
    const { ctx } = gh;
    const branch = opts.branch ?? ctx.id.defaultBranch;
    const ref = `refs/heads/${branch}`;
    const sha = (await ctx.git.refSha(ref)) ?? undefined;
    const payload = {
        inputs,
        ref,
        workflow: opts.workflow ?? '.github/workflows/rollback.yml',
        ...common(ctx, opts.sender ?? ctx.id.owner),
    };
    ctx.checkWebhook('webhook-workflow-dispatch', payload);
    return { name: 'workflow_dispatch', payload, ref, ...(sha ? { sha } : {}) };
}
/** A scheduled run: GitHub's payload holds only the cron and workflow; the run is on the default branch. */
async function scheduleEvent(gh, cron = '7-59/15 * * * *', workflow = '.github/workflows/rollout.yml') {
    const { ctx } = gh;
    const ref = `refs/heads/${ctx.id.defaultBranch}`;
    const sha = (await ctx.git.refSha(ref)) ?? undefined;
    return { name: 'schedule', payload: { schedule: cron, workflow }, ref, ...(sha ? { sha } : {}) };
}

;// CONCATENATED MODULE: ./src/emulator/faults.ts
/**
 * Fault injection: a matching request gets the fault instead of its answer, before any
 * handler runs, so nothing is written (as when GitHub fails a request) — except a lost
 * response, where the write happens and only the answer is lost. And the content-creation
 * secondary rate limit, counted on the emulator's clock.
 */
function matches(m, method, path, graphql) {
    if (m.method && m.method.toUpperCase() !== method)
        return false;
    if (m.graphql && m.graphql !== graphql)
        return false;
    if (m.path === undefined)
        return true;
    return typeof m.path === 'string' ? m.path === path : m.path.test(path);
}
/** Rules consumed first-come, each a limited number of times. */
class Rules {
    rules = [];
    add(match, value, times) {
        this.rules.push({ match, value, left: times });
    }
    take(method, path, graphql) {
        const rule = this.rules.find((r) => r.left > 0 && matches(r.match, method, path, graphql));
        if (!rule)
            return undefined;
        rule.left -= 1;
        this.rules = this.rules.filter((r) => r.left > 0);
        return rule.value;
    }
    get pending() {
        return this.rules.reduce((n, r) => n + r.left, 0);
    }
    clear() {
        this.rules = [];
    }
}
const SECONDARY_RATE_LIMIT_MESSAGE = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
    'If you reach out to GitHub Support for help, please include the request ID';
function faultResponse(fault, requestId) {
    if ('secondaryRateLimit' in fault) {
        return {
            status: 403,
            headers: { 'retry-after': String(fault.secondaryRateLimit) },
            body: {
                message: `${SECONDARY_RATE_LIMIT_MESSAGE} ${requestId}.`,
                documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
                status: '403',
            },
        };
    }
    const message = fault.status === 503 ? 'Service Unavailable' : fault.status === 502 ? 'Bad Gateway' : 'Server Error';
    return { status: fault.status, headers: {}, body: fault.body ?? { message } };
}
/**
 * GitHub's answer once content creation is blocked: 403 with this message and no `retry-after`
 * (the example response of "Secondary rate limits" in github/docs
 * content/rest/overview/resources-in-the-rest-api.md, as kept in its translations; the missing
 * header as go-github's TestDo_rateLimit_abuseRateLimitError records it). Clients wait at least a
 * minute (content/rest/using-the-rest-api/rate-limits-for-the-rest-api.md).
 */
const CONTENT_CREATION_MESSAGE = 'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. ' +
    'Please retry your request again later.';
/**
 * GitHub's figures: "In general, no more than 80 content-generating requests per minute and no
 * more than 500 content-generating requests per hour are allowed" (github/docs
 * data/reusables/rest-api/secondary-rate-limit-rest-graphql.md).
 */
const GITHUB_CONTENT_CREATION_LIMIT = { perMinute: 80, perHour: 500 };
/** Content-creating requests per login, on the emulator's clock. */
class ContentCreation {
    limit;
    now;
    made = new Map();
    constructor(limit, now) {
        this.limit = limit;
        this.now = now;
    }
    /** Whether `login` may create content now. */
    allows(login) {
        const t = this.now();
        const times = (this.made.get(login) ?? []).filter((at) => at > t - 3_600_000);
        this.made.set(login, times);
        const lastMinute = times.filter((at) => at > t - 60_000).length;
        const { perMinute, perHour } = this.limit;
        return !((perMinute !== undefined && lastMinute >= perMinute) ||
            (perHour !== undefined && times.length >= perHour));
    }
    record(login) {
        this.made.set(login, [...(this.made.get(login) ?? []), this.now()]);
    }
}
function contentCreationBlocked() {
    return {
        status: 403,
        headers: {},
        body: {
            message: CONTENT_CREATION_MESSAGE,
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
            status: '403',
        },
    };
}

;// CONCATENATED MODULE: ./src/emulator/handlers/commits.ts



/** The account a commit email belongs to: our users' noreply addresses, GitHub's web-flow. */
function account(ctx, email) {
    if (email === 'noreply@github.com')
        return simpleUser(ctx, 'web-flow');
    const user = [...ctx.store.users.values()].find((u) => u.email.toLowerCase() === email.toLowerCase());
    return user ? simpleUser(ctx, user.login) : null;
}
function commitResource(ctx, c) {
    const signed = ctx.store.signed.has(c.sha);
    return {
        sha: c.sha,
        node_id: `C_${Buffer.from(c.sha).toString('base64url').slice(0, 24)}`,
        url: `${ctx.repoApi}/commits/${c.sha}`,
        html_url: `${ctx.repoHtml}/commit/${c.sha}`,
        comments_url: `${ctx.repoApi}/commits/${c.sha}/comments`,
        commit: {
            url: `${ctx.repoApi}/git/commits/${c.sha}`,
            author: c.author,
            committer: c.committer,
            message: c.message.replace(/\n$/, ''),
            comment_count: 0,
            tree: { sha: c.tree, url: `${ctx.repoApi}/git/trees/${c.tree}` },
            verification: {
                verified: signed,
                reason: signed ? 'valid' : 'unsigned',
                signature: null,
                payload: null,
                verified_at: signed ? c.committer.date : null,
            },
        },
        author: account(ctx, c.author.email),
        committer: account(ctx, c.committer.email),
        parents: c.parents.map((p) => ({
            sha: p,
            url: `${ctx.repoApi}/commits/${p}`,
            html_url: `${ctx.repoHtml}/commit/${p}`,
        })),
    };
}
function registerCommits(r) {
    r.add('GET', '/repos/{owner}/{repo}/commits', async (req) => {
        const { ctx, query } = req;
        const start = await ctx.git.resolveCommit(query.get('sha') ?? ctx.id.defaultBranch);
        if (!start)
            throw notFound();
        const options = [];
        const since = query.get('since');
        const until = query.get('until');
        if (since)
            options.push(`--since=${since}`);
        if (until)
            options.push(`--until=${until}`);
        const path = query.get('path');
        if (path)
            options.push('--', path);
        const shas = await ctx.git.commitsFrom(start, options);
        const page = paginate(req, shas);
        const commits = await Promise.all(page.items.map((s) => ctx.git.readCommit(s)));
        return { status: 200, body: commits.map((c) => commitResource(ctx, c)), headers: page.headers };
    });
}

;// CONCATENATED MODULE: ./src/emulator/graphql/document.ts
/**
 * A reader for the part of GraphQL's query language the emulator answers: query and mutation
 * operations (named or not) with variable definitions and defaults, fields with aliases and
 * arguments, inline fragments, and every value literal (variables, numbers, strings, booleans,
 * null, enums, lists, input objects). Anything else in the language — fragment definitions and
 * spreads, directives, subscriptions, block strings — is refused as `Unsupported`, never
 * skipped, so a document is either read completely or answered with an error.
 *
 * It checks syntax, not meaning: whether a field exists on a type is the schema's business
 * (tests inject GitHub's schema, see validator.ts) and, at run time, the executor's.
 */
/** Bad syntax: GraphQL's "Syntax Error: …" with where it happened. */
class GraphqlSyntaxError extends Error {
    loc;
    constructor(message, loc) {
        super(`Syntax Error: ${message}`);
        this.loc = loc;
    }
}
/** Valid GraphQL the emulator does not read (a gap in the emulator, not in the client). */
class Unsupported extends Error {
    what;
    loc;
    constructor(what, loc) {
        super(`not implemented by the emulator: ${what}`);
        this.what = what;
        this.loc = loc;
    }
}
const PUNCT = new Set(['!', '$', '&', '(', ')', ':', '=', '@', '[', ']', '{', '|', '}']);
const NAME = /[_A-Za-z][_0-9A-Za-z]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
const ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
};
// Long on purpose: a lexer is one pass over the text with a branch per token kind.
function tokenize(source) {
    const tokens = [];
    let i = 0;
    let line = 1;
    let lineStart = 0;
    const loc = (at) => ({ line, column: at - lineStart + 1 });
    while (i < source.length) {
        const c = source[i];
        if (c === '\n' || c === '\r') {
            if (c === '\r' && source[i + 1] === '\n')
                i++;
            i++;
            line++;
            lineStart = i;
            continue;
        }
        if (c === ' ' || c === '\t' || c === ',' || c === '\uFEFF') {
            i++;
            continue;
        }
        if (c === '#') {
            while (i < source.length && source[i] !== '\n' && source[i] !== '\r')
                i++;
            continue;
        }
        if (PUNCT.has(c)) {
            tokens.push({ kind: 'Punct', value: c, loc: loc(i) });
            i++;
            continue;
        }
        if (source.startsWith('...', i)) {
            tokens.push({ kind: 'Punct', value: '...', loc: loc(i) });
            i += 3;
            continue;
        }
        NAME.lastIndex = i;
        const name = NAME.exec(source);
        if (name) {
            tokens.push({ kind: 'Name', value: name[0], loc: loc(i) });
            i += name[0].length;
            continue;
        }
        NUMBER.lastIndex = i;
        const num = NUMBER.exec(source);
        if (num) {
            const after = source[i + num[0].length];
            if (after !== undefined && /[_A-Za-z0-9.]/.test(after)) {
                throw new GraphqlSyntaxError(`Invalid number, unexpected digit after ${num[0]}: "${after}".`, loc(i));
            }
            tokens.push({ kind: num[1] || num[2] ? 'Float' : 'Int', value: num[0], loc: loc(i) });
            i += num[0].length;
            continue;
        }
        if (source.startsWith('"""', i)) {
            tokens.push({ kind: 'BlockString', value: '', loc: loc(i) });
            break; // refused by the parser; nothing after it needs reading
        }
        if (c === '"') {
            const start = loc(i);
            let value = '';
            i++;
            for (;;) {
                const ch = source[i];
                if (ch === undefined || ch === '\n' || ch === '\r')
                    throw new GraphqlSyntaxError('Unterminated string.', start);
                if (ch === '"') {
                    i++;
                    break;
                }
                if (ch === '\\') {
                    const e = source[i + 1] ?? '';
                    if (e === 'u') {
                        const hex = source.slice(i + 2, i + 6);
                        if (!/^[0-9A-Fa-f]{4}$/.test(hex))
                            throw new GraphqlSyntaxError(`Invalid Unicode escape sequence.`, loc(i));
                        value += String.fromCharCode(Number.parseInt(hex, 16));
                        i += 6;
                    }
                    else if (e in ESCAPES) {
                        value += ESCAPES[e];
                        i += 2;
                    }
                    else {
                        throw new GraphqlSyntaxError(`Invalid character escape sequence: "\\${e}".`, loc(i));
                    }
                    continue;
                }
                value += ch;
                i++;
            }
            tokens.push({ kind: 'String', value, loc: start });
            continue;
        }
        throw new GraphqlSyntaxError(`Unexpected character: "${c}".`, loc(i));
    }
    tokens.push({ kind: 'EOF', value: '', loc: loc(i) });
    return tokens;
}
function document_describe(t) {
    if (t.kind === 'EOF')
        return '<EOF>';
    if (t.kind === 'Punct')
        return `"${t.value}"`;
    if (t.kind === 'Name')
        return `Name "${t.value}"`;
    return `${t.kind} "${t.value}"`;
}
class Parser {
    tokens;
    at = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    get t() {
        return this.tokens[this.at];
    }
    peek(value) {
        const t = this.t;
        return (t.kind === 'Punct' || t.kind === 'Name') && t.value === value;
    }
    skip(value) {
        if (!this.peek(value))
            return false;
        this.at++;
        return true;
    }
    expect(value) {
        const t = this.t;
        if (!this.peek(value))
            throw new GraphqlSyntaxError(`Expected "${value}", found ${document_describe(t)}.`, t.loc);
        this.at++;
        return t;
    }
    name() {
        const t = this.t;
        if (t.kind !== 'Name')
            throw new GraphqlSyntaxError(`Expected Name, found ${document_describe(t)}.`, t.loc);
        this.at++;
        return t;
    }
    refuseDirectives() {
        if (this.peek('@'))
            throw new Unsupported('directives', this.t.loc);
    }
    document() {
        const ops = [];
        do
            ops.push(this.definition());
        while (this.t.kind !== 'EOF');
        return ops;
    }
    definition() {
        const t = this.t;
        if (this.peek('{'))
            return { operation: 'query', variables: [], selections: this.selectionSet(), loc: t.loc };
        if (t.kind !== 'Name')
            throw new GraphqlSyntaxError(`Unexpected ${document_describe(t)}.`, t.loc);
        if (t.value === 'fragment')
            throw new Unsupported('fragment definitions', t.loc);
        if (t.value === 'subscription')
            throw new Unsupported('subscriptions', t.loc);
        if (t.value !== 'query' && t.value !== 'mutation')
            throw new GraphqlSyntaxError(`Unexpected ${document_describe(t)}.`, t.loc);
        this.at++;
        const name = this.t.kind === 'Name' ? this.name().value : undefined;
        const variables = this.peek('(') ? this.variableDefinitions() : [];
        this.refuseDirectives();
        return {
            operation: t.value,
            ...(name ? { name } : {}),
            variables,
            selections: this.selectionSet(),
            loc: t.loc,
        };
    }
    variableDefinitions() {
        this.expect('(');
        const defs = [];
        do {
            this.expect('$');
            const name = this.name().value;
            this.expect(':');
            const type = this.type();
            const defaultValue = this.skip('=') ? this.value(true) : undefined;
            this.refuseDirectives();
            defs.push({ name, type, ...(defaultValue ? { defaultValue } : {}) });
        } while (!this.skip(')'));
        return defs;
    }
    type() {
        let type;
        if (this.skip('[')) {
            type = { kind: 'List', of: this.type() };
            this.expect(']');
        }
        else {
            type = { kind: 'Named', name: this.name().value };
        }
        return this.skip('!') ? { kind: 'NonNull', of: type } : type;
    }
    selectionSet() {
        this.expect('{');
        const selections = [];
        do
            selections.push(this.selection());
        while (!this.skip('}'));
        return selections;
    }
    selection() {
        const start = this.t;
        if (this.skip('...')) {
            if (this.skip('on')) {
                const typeCondition = this.name().value;
                this.refuseDirectives();
                return { kind: 'InlineFragment', typeCondition, selections: this.selectionSet(), loc: start.loc };
            }
            this.refuseDirectives();
            if (this.peek('{'))
                return { kind: 'InlineFragment', selections: this.selectionSet(), loc: start.loc };
            throw new Unsupported('fragment spreads', start.loc);
        }
        const first = this.name();
        let alias;
        let name = first.value;
        if (this.skip(':')) {
            alias = first.value;
            name = this.name().value;
        }
        const args = [];
        if (this.skip('(')) {
            do {
                const arg = this.name().value;
                this.expect(':');
                args.push({ name: arg, value: this.value(false) });
            } while (!this.skip(')'));
        }
        this.refuseDirectives();
        const selections = this.peek('{') ? this.selectionSet() : undefined;
        return {
            kind: 'Field',
            ...(alias ? { alias } : {}),
            name,
            arguments: args,
            ...(selections ? { selections } : {}),
            loc: first.loc,
        };
    }
    value(constant) {
        const t = this.t;
        const loc = t.loc;
        switch (t.kind) {
            case 'Int':
            case 'Float':
                this.at++;
                return { kind: t.kind, value: Number(t.value), loc };
            case 'String':
                this.at++;
                return { kind: 'String', value: t.value, loc };
            case 'BlockString':
                throw new Unsupported('block strings', loc);
            case 'Name':
                this.at++;
                if (t.value === 'true' || t.value === 'false')
                    return { kind: 'Boolean', value: t.value === 'true', loc };
                if (t.value === 'null')
                    return { kind: 'Null', loc };
                return { kind: 'Enum', value: t.value, loc };
            case 'Punct':
                if (t.value === '$' && !constant) {
                    this.at++;
                    return { kind: 'Variable', name: this.name().value, loc };
                }
                if (this.skip('[')) {
                    const values = [];
                    while (!this.skip(']'))
                        values.push(this.value(constant));
                    return { kind: 'List', values, loc };
                }
                if (this.skip('{')) {
                    const fields = [];
                    while (!this.skip('}')) {
                        const name = this.name().value;
                        this.expect(':');
                        fields.push({ name, value: this.value(constant) });
                    }
                    return { kind: 'Object', fields, loc };
                }
                break;
            default:
                break;
        }
        throw new GraphqlSyntaxError(`Unexpected ${document_describe(t)}.`, loc);
    }
}
/** The operations of a document; throws GraphqlSyntaxError or Unsupported. */
function parseDocument(source) {
    return new Parser(tokenize(source)).document();
}

;// CONCATENATED MODULE: ./src/emulator/graphql/execute.ts

/**
 * Thrown by a resolver: the field becomes null and the message an entry of `errors`, of GitHub's
 * `type` (UNPROCESSABLE, FORBIDDEN for what the token may not do, STALE_DATA for a head that moved).
 */
class FieldError extends Error {
    type;
    nonNull;
    constructor(message, type = 'UNPROCESSABLE', 
    /**
     * The field is non-null in GitHub's schema (`pullRequests: PullRequestConnection!`): its null
     * makes the object holding it null, as GraphQL's execution propagates it.
     */
    nonNull = false) {
        super(message);
        this.type = type;
        this.nonNull = nonNull;
    }
}
/** A non-null field came out null: the object holding it becomes null (GraphQL's null propagation). */
class NullPropagation extends Error {
}
const errorOf = (message, loc, path) => ({
    message,
    locations: [loc],
    ...(path ? { path } : {}),
});
/** The operation to run: the only one, or the one named (GraphQL's rules and messages). */
function selectOperation(ops, name) {
    if (name) {
        const op = ops.find((o) => o.name === name);
        return op ? { op } : { error: { message: `Unknown operation named "${name}".` } };
    }
    if (ops.length > 1) {
        return { error: { message: 'Must provide operation name if query contains multiple operations.' } };
    }
    return { op: ops[0] };
}
function typeText(t) {
    if (t.kind === 'Named')
        return t.name;
    return t.kind === 'List' ? `[${typeText(t.of)}]` : `${typeText(t.of)}!`;
}
function execute_literal(v, variables) {
    switch (v.kind) {
        case 'Variable':
            return variables[v.name];
        case 'Null':
            return null;
        case 'List':
            return v.values.map((x) => execute_literal(x, variables));
        case 'Object':
            return Object.fromEntries(v.fields.map((f) => [f.name, execute_literal(f.value, variables)]));
        default:
            return v.value;
    }
}
function variableRefs(selections, out) {
    const walk = (v) => {
        if (v.kind === 'Variable')
            out.push({ name: v.name, loc: v.loc });
        else if (v.kind === 'List')
            v.values.forEach(walk);
        else if (v.kind === 'Object')
            for (const f of v.fields)
                walk(f.value);
    };
    for (const s of selections) {
        if (s.kind === 'Field')
            for (const a of s.arguments)
                walk(a.value);
        if (s.selections)
            variableRefs(s.selections, out);
    }
}
/**
 * The operation's variable values: given ones, then defaults. Errors, as GraphQL words them, for
 * a variable used but not defined and a required one not provided. No type coercion: the
 * resolvers read IDs and enums as the strings they are.
 */
function variableValues(op, given) {
    const errors = [];
    const defined = new Set(op.variables.map((d) => d.name));
    const refs = [];
    variableRefs(op.selections, refs);
    for (const r of refs) {
        if (defined.has(r.name))
            continue;
        const by = op.name ? ` by operation "${op.name}"` : '';
        errors.push(errorOf(`Variable "$${r.name}" is not defined${by}.`, r.loc));
    }
    const values = {};
    for (const d of op.variables) {
        let v = given[d.name];
        if (v === undefined && d.defaultValue)
            v = execute_literal(d.defaultValue, {});
        if (d.type.kind === 'NonNull' && (v === undefined || v === null)) {
            const why = v === undefined ? 'was not provided' : 'must not be null';
            const kind = v === undefined ? 'required' : 'non-null';
            errors.push({ message: `Variable "$${d.name}" of ${kind} type "${typeText(d.type)}" ${why}.` });
            continue;
        }
        if (v !== undefined)
            values[d.name] = v;
    }
    return errors.length ? { errors } : { values };
}
/**
 * What the emulator cannot serve, found before anything runs (mutations have effects): top-level
 * fields the root lacks (by name) and fragments on types it does not know (`fragments on X`).
 * Fields deeper down are found while running (`Issue.createdAt`), see `Execution.missing`.
 */
function unserved(op, root, types) {
    const known = knownTypes(types);
    const found = new Set();
    const walk = (selections, top) => {
        for (const s of selections) {
            if (s.kind === 'InlineFragment') {
                if (s.typeCondition !== undefined && !known.has(s.typeCondition))
                    found.add(`fragments on ${s.typeCondition}`);
                walk(s.selections, top);
                continue;
            }
            if (top && s.name !== '__typename' && !(s.name in root))
                found.add(s.name);
            if (s.selections)
                walk(s.selections, false);
        }
    };
    walk(op.selections, true);
    return [...found];
}
function knownTypes(types) {
    return new Set([...Object.keys(types), ...Object.values(types).flat()]);
}
/**
 * Runs the operation; resolvers may return promises (git reads). Root fields run one after the
 * other, as GraphQL requires of mutations.
 */
async function execute(op, root, variables, types) {
    const run = new Executor(variables, types);
    let data;
    try {
        data = await run.object(root, op.selections, []);
    }
    catch (err) {
        if (!(err instanceof NullPropagation))
            throw err;
        data = null;
    }
    return { data, errors: run.errors, missing: run.missing };
}
/** GraphQL's execution of a selection set over the emulator's resolvers. */
class Executor {
    variables;
    types;
    errors = [];
    missing = [];
    known;
    constructor(variables, types) {
        this.variables = variables;
        this.types = types;
        this.known = knownTypes(types);
    }
    applies(typename, condition, loc) {
        if (condition === undefined || condition === typename)
            return true;
        if (!this.known.has(condition))
            throw new Unsupported(`fragments on ${condition}`, loc);
        return (this.types[typename] ?? []).includes(condition);
    }
    /** GraphQL's CollectFields: the fields of a selection set by response key, fragments flattened. */
    collect(typename, selections, into = new Map()) {
        for (const s of selections) {
            if (s.kind === 'InlineFragment') {
                if (this.applies(typename, s.typeCondition, s.loc))
                    this.collect(typename, s.selections, into);
                continue;
            }
            const key = s.alias ?? s.name;
            into.set(key, [...(into.get(key) ?? []), s]);
        }
        return into;
    }
    async complete(value, fields, path) {
        const field = fields[0];
        if (value === null || value === undefined)
            return null;
        if (Array.isArray(value)) {
            const out = [];
            for (const [i, v] of value.entries()) {
                // List items (`nodes: [PullRequest]`) are nullable: a propagated null stops at the item.
                try {
                    out.push(await this.complete(v, fields, [...path, i]));
                }
                catch (err) {
                    if (!(err instanceof NullPropagation))
                        throw err;
                    out.push(null);
                }
            }
            return out;
        }
        const sub = fields.flatMap((f) => f.selections ?? []);
        const isObject = typeof value === 'object' && typeof value.__typename === 'string';
        if (isObject && !sub.length) {
            throw new FieldError(`Field "${field.name}" of type "${value.__typename}" must have a selection of subfields. Did you mean "${field.name} { ... }"?`);
        }
        if (!isObject && sub.length) {
            throw new FieldError(`Field "${field.name}" must not have a selection since it has no subfields.`);
        }
        return isObject ? await this.object(value, sub, path) : value;
    }
    async object(source, selections, path) {
        const typename = source.__typename;
        const out = {};
        for (const [key, fields] of this.collect(typename, selections)) {
            const field = fields[0];
            const at = [...path, key];
            if (field.name === '__typename') {
                out[key] = typename;
                continue;
            }
            if (!(field.name in source)) {
                const what = path.length ? `${typename}.${field.name}` : field.name;
                this.missing.push(what);
                this.errors.push(errorOf(`not implemented by the emulator: ${what}`, field.loc, at));
                out[key] = null;
                continue;
            }
            try {
                let value = source[field.name];
                if (typeof value === 'function') {
                    const args = Object.fromEntries(field.arguments.map((a) => [a.name, execute_literal(a.value, this.variables)]));
                    value = await value(args);
                }
                out[key] = await this.complete(value, fields, at);
            }
            catch (err) {
                if (err instanceof NullPropagation) {
                    out[key] = null;
                    continue;
                }
                if (!(err instanceof FieldError))
                    throw err;
                this.errors.push({ type: err.type, ...errorOf(err.message, field.loc, at) });
                if (err.nonNull)
                    throw new NullPropagation();
                out[key] = null;
            }
        }
        // For whoever checks the answer against the schema (abstract types need the runtime type);
        // not enumerable, so it is not part of the JSON answer unless the document asked for it.
        if (!('__typename' in out))
            Object.defineProperty(out, '__typename', { value: typename, enumerable: false });
        return out;
    }
}
/** "Individual calls cannot request more than 500,000 total nodes." */
const MAX_NODES = 500_000;
/**
 * GitHub's node limit, checked before anything runs: every connection needs `first` or `last`,
 * of 1 to 100, and a call asks for at most 500,000 nodes ("You must supply a first or last
 * argument on any connection", github/docs
 * content/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api.md). Answered as
 * errors only, with GitHub's types and words. `connections`: the field names that are connections.
 */
function paginationErrors(op, variables, connections) {
    const errors = [];
    // Nodes the document may ask for: each connection's first/last times those of the connections
    // it sits in, summed over the document (the docs' "Calculating nodes in a call").
    let nodes = 0;
    let overLimit = false;
    const walk = (selections, path, times) => {
        for (const s of selections) {
            if (s.kind === 'InlineFragment') {
                walk(s.selections, path, times);
                continue;
            }
            const at = [...path, s.alias ?? s.name];
            let inside = times;
            if (connections.has(s.name)) {
                const arg = (name) => {
                    const a = s.arguments.find((x) => x.name === name);
                    return a ? execute_literal(a.value, variables) : undefined;
                };
                const first = arg('first');
                const last = arg('last');
                const type = { locations: [s.loc], path: at };
                if (typeof first !== 'number' && typeof last !== 'number') {
                    errors.push({
                        type: 'MISSING_PAGINATION_BOUNDARIES',
                        ...type,
                        message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${s.name}\` connection.`,
                    });
                }
                for (const [name, n] of [
                    ['first', first],
                    ['last', last],
                ]) {
                    if (typeof n === 'number' && n > 100) {
                        errors.push({
                            type: 'EXCESSIVE_PAGINATION',
                            ...type,
                            message: `Requesting ${n} records on the \`${s.name}\` connection exceeds the \`${name}\` limit of 100 records.`,
                        });
                    }
                }
                const n = typeof first === 'number' ? first : typeof last === 'number' ? last : 0;
                inside = times * n;
                nodes += inside;
                if (nodes > MAX_NODES && !overLimit) {
                    overLimit = true;
                    errors.push({
                        type: 'MAX_NODE_LIMIT_EXCEEDED',
                        message: `By the time this query traverses to the ${s.name} connection, it is requesting up to ${nodes.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${MAX_NODES.toLocaleString('en-US')}.`,
                    });
                }
            }
            if (s.selections)
                walk(s.selections, at, inside);
        }
    };
    walk(op.selections, [], 1);
    return errors;
}

;// CONCATENATED MODULE: ./src/emulator/handlers/pulls.ts





const PULLS = '/repos/{owner}/{repo}/pulls';
async function full(ctx, i) {
    return pull(ctx, i, await pullDetail(ctx, i));
}
function sorted(req, items) {
    const sort = req.query.get('sort') ?? 'created';
    const key = sort === 'updated' ? 'updated_at' : 'created_at';
    const dir = req.query.get('direction') ?? (sort === 'created' || sort === 'updated' ? 'desc' : 'desc');
    const out = [...items].sort((a, b) => a[key].localeCompare(b[key]) || a.number - b.number);
    return dir === 'asc' ? out : out.reverse();
}
// Long on purpose: the route table, one r.add per endpoint, in the order of GitHub's REST reference.
function registerPulls(r) {
    r.add('GET', PULLS, async (req) => {
        const { ctx, query } = req;
        const state = query.get('state') ?? 'open';
        const head = query.get('head');
        const base = query.get('base');
        let items = [...ctx.store.issues.values()].filter((i) => i.pull);
        if (state !== 'all')
            items = items.filter((i) => i.state === state);
        if (head) {
            // Owners compare without case, branch names with it.
            const [owner, branch] = head.includes(':') ? head.split(/:(.*)/s) : [ctx.id.owner, head];
            const ownerOf = (i) => (i.pull.headOwner ?? ctx.id.owner).toLowerCase();
            items = items.filter((i) => ownerOf(i) === owner.toLowerCase() && i.pull.headRef === branch);
        }
        if (base)
            items = items.filter((i) => i.pull.baseRef === base);
        const page = paginate(req, sorted(req, items));
        return { status: 200, body: page.items.map((i) => pullSimple(ctx, i)), headers: page.headers };
    });
    r.add('POST', PULLS, async ({ ctx, body, user }) => {
        const rec = await createPull(ctx, user.login, body);
        return { status: 201, body: await full(ctx, rec) };
    });
    r.add('GET', `${PULLS}/{pull_number}`, async ({ ctx, params }) => ({
        status: 200,
        body: await full(ctx, pull_ops_pullOr404(ctx, params.pull_number)),
    }));
    r.add('PATCH', `${PULLS}/{pull_number}`, async ({ ctx, params, body, user }) => {
        const i = pull_ops_pullOr404(ctx, params.pull_number);
        const wasOpen = i.state === 'open';
        checkBodyLength(body.body, 'Issue');
        if (typeof body.title === 'string')
            i.title = body.title;
        if (typeof body.body === 'string' || body.body === null)
            i.body = body.body;
        if (typeof body.base === 'string') {
            const baseSha = await ctx.git.refSha(`refs/heads/${body.base}`);
            if (!baseSha)
                throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
            Object.assign(i.pull, { baseRef: body.base, baseSha });
        }
        if (typeof body.maintainer_can_modify === 'boolean')
            i.pull.maintainer_can_modify = body.maintainer_can_modify;
        if (body.state === 'closed' && i.state === 'open') {
            Object.assign(i, { state: 'closed', closed_at: ctx.now(), closed_by: user.login });
        }
        else if (body.state === 'open' && i.state === 'closed') {
            if (i.pull.merged)
                throw unprocessable('Cannot reopen a merged pull request');
            const head = { branch: i.pull.headRef, owner: i.pull.headOwner };
            if (openPullFor(ctx, head, i.pull.baseRef)) {
                const message = `A pull request already exists for ${headLabel(ctx, i.pull)}.`;
                throw validationFailed([{ resource: 'PullRequest', code: 'custom', message }]);
            }
            const headSha = await ctx.git.refSha(headGitRef(i.pull));
            const baseSha = await ctx.git.refSha(`refs/heads/${i.pull.baseRef}`);
            if (!headSha || !baseSha) {
                throw validationFailed([
                    {
                        resource: 'PullRequest',
                        code: 'custom',
                        message: 'state cannot be changed. The head branch was deleted.',
                    },
                ]);
            }
            // While closed, the PR did not follow its branches.
            Object.assign(i.pull, { headSha, baseSha });
            Object.assign(i, { state: 'open', closed_at: null, closed_by: null, state_reason: 'reopened' });
        }
        i.updated_at = ctx.now();
        const fields = ['title', 'body', 'base'].filter((f) => body[f] !== undefined);
        recordPullUpdate(ctx, i, user.login, fields, wasOpen);
        return { status: 200, body: await full(ctx, i) };
    });
    r.add('PUT', `${PULLS}/{pull_number}/merge`, async ({ ctx, params, body, user }) => {
        const sha = await mergePull(ctx, Number(params.pull_number), user.login, body);
        return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } };
    });
    r.add('GET', `${PULLS}/{pull_number}/files`, async (req) => {
        const p = pull_ops_pullOr404(req.ctx, req.params.pull_number).pull;
        // "Responses include a maximum of 3000 files" (REST docs, List pull requests files).
        const files = (await req.ctx.git.changedFiles(p.baseSha, p.headSha)).slice(0, 3000);
        const page = paginate(req, files);
        return {
            status: 200,
            body: page.items.map((f) => diffEntry(req.ctx, p.headSha, f)),
            headers: page.headers,
        };
    });
    r.add('GET', `${PULLS}/{pull_number}/reviews`, (req) => {
        const n = pull_ops_pullOr404(req.ctx, req.params.pull_number).number;
        const page = paginate(req, req.ctx.store.reviews.filter((rv) => rv.pull === n));
        return { status: 200, body: page.items.map((rv) => review(req.ctx, rv)), headers: page.headers };
    });
    r.add('POST', `${PULLS}/{pull_number}/reviews`, async ({ ctx, params, body, user }) => {
        const rec = await submitReview(ctx, Number(params.pull_number), user.login, body);
        return { status: 200, body: review(ctx, rec) };
    });
    r.add('POST', `${PULLS}/{pull_number}/requested_reviewers`, async ({ ctx, params, body }) => {
        const i = pull_ops_pullOr404(ctx, params.pull_number);
        const users = (body.reviewers ?? []).map(String);
        const teams = (body.team_reviewers ?? []).map((t) => `${ctx.id.owner}/${t}`);
        if (users.some((u) => u.toLowerCase() === i.user.toLowerCase())) {
            throw unprocessable('Review cannot be requested from pull request author.');
        }
        const unknownTeam = teams.find((t) => !ctx.store.teamMembers(ctx.id.owner, t.split('/')[1]));
        if (unknownTeam) {
            throw unprocessable(`Reviews may only be requested from collaborators. One or more of the teams you specified is not a collaborator of the ${ctx.fullName} repository.`);
        }
        const p = i.pull;
        for (const u of users)
            if (!p.requested_reviewers.some((x) => x.toLowerCase() === u.toLowerCase()))
                p.requested_reviewers.push(ctx.store.user(u).login);
        for (const t of teams)
            if (!p.requested_teams.includes(t))
                p.requested_teams.push(t);
        return { status: 201, body: pullSimple(ctx, i) };
    });
    r.add('GET', `${PULLS}/{pull_number}/requested_reviewers`, ({ ctx, params }) => {
        const p = pull_ops_pullOr404(ctx, params.pull_number).pull;
        return {
            status: 200,
            body: {
                users: p.requested_reviewers.map((u) => simpleUser(ctx, u)),
                teams: p.requested_teams.map((t) => ({ ...teamSimple(ctx, t), parent: null })),
            },
        };
    });
    r.add('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', async (req) => {
        const { ctx, params } = req;
        const sha = await ctx.git.resolveCommit(params.commit_sha);
        if (!sha)
            throw unprocessable(`No commit found for SHA: ${params.commit_sha}`);
        const page = paginate(req, await pullsWithCommit(ctx, sha));
        return { status: 200, body: page.items.map((i) => pullSimple(ctx, i)), headers: page.headers };
    });
}
/**
 * The pull requests a commit is associated with, as GitHub lists them: merged by it, its head, or
 * open with it among the commits between base and head (REST's commits/{sha}/pulls and GraphQL's
 * Commit.associatedPullRequests answer alike).
 */
async function pullsWithCommit(ctx, sha) {
    const found = [];
    for (const i of ctx.store.issues.values()) {
        const p = i.pull;
        if (!p)
            continue;
        const contains = p.merge_commit_sha === sha ||
            p.headSha === sha ||
            (i.state === 'open' &&
                (await ctx.git.isAncestor(sha, p.headSha)) &&
                !(await ctx.git.isAncestor(sha, p.baseSha)));
        if (contains)
            found.push(i);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/emulator/graphql/connection.ts
/**
 * GraphQL connections as GitHub shapes them: `nodes`, `edges { cursor node }`, `pageInfo` and
 * `totalCount`, sliced by `first`/`last` and the opaque cursors `after`/`before`. The limits
 * (`first` or `last` required, at most 100) are checked before a document runs
 * (execute.ts: paginationErrors); a cursor this emulator did not give out is GitHub's
 * INVALID_CURSOR_ARGUMENTS.
 */

/** The field names that are connections, for the node-limit check. */
const CONNECTIONS = new Set([
    'associatedPullRequests',
    'comments',
    'commits',
    'files',
    'history',
    'issues',
    'labels',
    'parents',
    'pullRequests',
    'reviews',
]);
const cursorOf = (index) => Buffer.from(`cursor:v2:${index}`).toString('base64');
function indexOf(cursor) {
    const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString());
    if (!m)
        throw new FieldError(`\`${cursor}\` does not appear to be a valid cursor.`, 'UNPROCESSABLE', true);
    return Number(m[1]);
}
/** One page of `items` as the connection type `typename` (`PullRequestConnection`). */
function connection(typename, items, page, node) {
    let start = page.after === undefined || page.after === null ? 0 : indexOf(page.after) + 1;
    let end = page.before === undefined || page.before === null ? items.length : indexOf(page.before);
    end = Math.min(end, items.length);
    if (typeof page.first === 'number')
        end = Math.min(end, start + page.first);
    if (typeof page.last === 'number')
        start = Math.max(start, end - page.last);
    const slice = items.slice(start, Math.max(start, end)).map((item, k) => ({ item, at: start + k }));
    const edge = typename.replace(/Connection$/, 'Edge');
    return {
        __typename: typename,
        totalCount: items.length,
        nodes: slice.map((s) => node(s.item)),
        edges: slice.map((s) => ({ __typename: edge, cursor: cursorOf(s.at), node: node(s.item) })),
        pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: start + slice.length < items.length,
            hasPreviousPage: start > 0,
            startCursor: slice.length ? cursorOf(slice[0].at) : null,
            endCursor: slice.length ? cursorOf(slice.at(-1).at) : null,
        },
    };
}
/** An enum-list argument given as one value or a list (GraphQL's input coercion): upper case. */
function enumList(v) {
    if (v === undefined || v === null)
        return null;
    return (Array.isArray(v) ? v : [v]).map((x) => String(x).toUpperCase());
}

;// CONCATENATED MODULE: ./src/emulator/graphql/nodes.ts
/**
 * The GraphQL objects the emulator answers, built from its store and git repository as GitHub's
 * schema shapes them: issues and pull requests with their labels, comments, reviews, files and
 * commits; commits with their history, files, statuses and associated pull requests; blobs.
 * Fields are functions where they read git or take arguments, so a document pays only for what
 * it asks. Every read checks the token's permission as the REST equivalent does (access.ts):
 * an integration without it gets GitHub's FORBIDDEN "Resource not accessible by integration".
 *
 * Bots: an actor's `login` has no `[bot]` suffix in GraphQL (`github-actions`, where REST says
 * `github-actions[bot]`; fullsend-ai/fullsend#6205), while `viewer { login }` of an App's token
 * is `<slug>[bot]` (fullsend-ai/fullsend#1953).
 */





/** GitHub's GraphQL answer to a read the token lacks the permission for. */
function need(see, key, nonNull = false) {
    const v = access_decide(key, see.who, see.ctx.roleOf(see.who.login));
    if (!v.ok)
        throw new FieldError(v.message, v.status === 404 ? 'NOT_FOUND' : 'FORBIDDEN', nonNull);
}
function actor(ctx, login) {
    const u = ctx.store.user(login);
    const bot = u.type === 'Bot';
    return {
        __typename: bot ? 'Bot' : 'User',
        login: bot ? u.login.replace(/\[bot\]$/, '') : u.login,
        id: `U_${u.id}`,
    };
}
const nodes_nodeId = (kind, id) => `${kind}_${Buffer.from(`0:${id}`).toString('base64url')}`;
/** The node_id REST gave out → the record (see shapes: nodeId(kind, id)). */
function byNodeId(ctx, id) {
    const m = /^(I|PR)_(.+)$/.exec(id);
    if (!m)
        return undefined;
    const n = Number(Buffer.from(m[2], 'base64url').toString().split(':')[1]);
    return [...ctx.store.issues.values()].find((i) => m[1] === 'PR' ? i.pull?.id === n : !i.pull && i.id === n);
}
/** Labels and comments, which issues and pull requests share. */
function issueLike(see, i, read) {
    const { ctx } = see;
    return {
        number: i.number,
        title: i.title,
        body: i.body ?? '',
        author: actor(ctx, i.user),
        createdAt: i.created_at,
        labels: (page) => {
            need(see, read);
            const names = i.labels.map((n) => ctx.store.ensureLabel(n));
            return connection('LabelConnection', names, page, (l) => ({
                __typename: 'Label',
                name: l.name,
                color: l.color,
            }));
        },
        comments: (page) => {
            need(see, read, true);
            const all = [...ctx.store.comments.values()].filter((c) => c.issue === i.number);
            return connection('IssueCommentConnection', all, page, (c) => ({
                __typename: 'IssueComment',
                id: nodes_nodeId('IC', c.id),
                databaseId: c.id,
                fullDatabaseId: String(c.id),
                body: c.body,
                author: actor(ctx, c.user),
                createdAt: c.created_at,
            }));
        },
    };
}
function issueNode(see, i) {
    return {
        __typename: 'Issue',
        id: nodes_nodeId('I', i.id),
        ...issueLike(see, i, 'query issues'),
        state: i.state.toUpperCase(),
        url: `${see.ctx.repoHtml}/issues/${i.number}`,
        isPinned: i.pinned,
    };
}
function pullNode(see, i) {
    const { ctx } = see;
    const p = i.pull;
    return {
        __typename: 'PullRequest',
        id: nodes_nodeId('PR', p.id),
        ...issueLike(see, i, 'query pull requests'),
        state: p.merged ? 'MERGED' : i.state.toUpperCase(),
        merged: p.merged,
        mergedAt: p.merged_at,
        url: `${ctx.repoHtml}/pull/${i.number}`,
        headRefName: p.headRef,
        headRefOid: p.headSha,
        baseRefName: p.baseRef,
        isCrossRepository: p.headOwner !== undefined,
        autoMergeRequest: p.auto_merge
            ? {
                __typename: 'AutoMergeRequest',
                enabledAt: i.updated_at,
                enabledBy: actor(ctx, p.auto_merge.enabled_by),
                mergeMethod: p.auto_merge.merge_method.toUpperCase(),
            }
            : null,
        reviews: (page) => {
            need(see, 'query pull requests');
            const states = enumList(page.states);
            const all = ctx.store.reviews.filter((r) => r.pull === i.number && (!states || states.includes(r.state)));
            return connection('PullRequestReviewConnection', all, page, (r) => ({
                __typename: 'PullRequestReview',
                id: nodes_nodeId('PRR', r.id),
                fullDatabaseId: String(r.id),
                author: actor(ctx, r.user),
                state: r.state,
                body: r.body,
                submittedAt: r.state === 'PENDING' ? null : r.submitted_at,
                commit: commitNode(see, r.commit_id),
            }));
        },
        files: async (page) => {
            need(see, 'query pull requests');
            // At most 3000, as REST's list of a PR's files ("Responses include a maximum of 3000 files").
            const files = (await ctx.git.changedFiles(p.baseSha, p.headSha)).slice(0, 3000);
            return connection('PullRequestChangedFileConnection', files, page, (f) => ({
                __typename: 'PullRequestChangedFile',
                path: f.filename,
                additions: f.additions,
                deletions: f.deletions,
                // The emulator diffs without rename detection (git.ts): never RENAMED.
                changeType: f.status === 'added' ? 'ADDED' : f.status === 'removed' ? 'DELETED' : 'MODIFIED',
            }));
        },
        commits: async (page) => {
            need(see, 'query pull requests', true);
            const shas = (await ctx.git.revList(p.baseSha, p.headSha)).reverse();
            return connection('PullRequestCommitConnection', shas, page, (sha) => ({
                __typename: 'PullRequestCommit',
                commit: commitNode(see, sha),
            }));
        },
    };
}
/** GraphQL's Blob.text stops at 512,000 bytes and says so (sveltia/sveltia-cms#950). */
const BLOB_TEXT_LIMIT = 512_000;
function blobNode(see, oid) {
    const data = () => see.ctx.git.readBlob(oid);
    const binary = async () => (await data()).subarray(0, 8000).includes(0);
    return {
        __typename: 'Blob',
        oid,
        byteSize: async () => (await data()).length,
        isBinary: binary,
        isTruncated: async () => (await data()).length > BLOB_TEXT_LIMIT,
        text: async () => (await binary()) ? null : (await data()).subarray(0, BLOB_TEXT_LIMIT).toString('utf8'),
    };
}
/** The git object `oid` as GitHub's GitObject (Commit, Tree or Blob). */
async function gitObject(see, oid) {
    const type = await see.ctx.git.objectType(oid);
    if (type === 'commit')
        return commitNode(see, oid);
    if (type === 'blob')
        return blobNode(see, oid);
    if (type === 'tree')
        return { __typename: 'Tree', oid };
    return null;
}
/** Status of a commit: null without any; the newest status per context, as REST's combined status. */
function statusNode(see, sha) {
    const statuses = latestStatuses(see.ctx, sha);
    if (!statuses.length)
        return null;
    const context = (s) => ({
        __typename: 'StatusContext',
        context: s.context,
        state: s.state.toUpperCase(),
        description: s.description,
        targetUrl: s.target_url,
        createdAt: s.created_at,
    });
    const failing = statuses.some((s) => s.state === 'error' || s.state === 'failure');
    const pending = statuses.some((s) => s.state === 'pending');
    return {
        __typename: 'Status',
        state: failing ? 'FAILURE' : pending ? 'PENDING' : 'SUCCESS',
        contexts: statuses.map(context),
        context: ({ name }) => {
            const s = statuses.find((x) => x.context === name);
            return s ? context(s) : null;
        },
    };
}
function commitNode(see, sha) {
    const { ctx } = see;
    const info = () => ctx.git.readCommit(sha);
    return {
        __typename: 'Commit',
        oid: sha,
        message: async () => (await info()).message,
        committedDate: async () => (await info()).committer.date,
        authoredDate: async () => (await info()).author.date,
        tree: async () => ({ __typename: 'Tree', oid: (await info()).tree }),
        parents: async (page) => connection('CommitConnection', (await info()).parents, page, (p) => commitNode(see, p)),
        file: async ({ path }) => {
            const oid = await ctx.git.objectAt(sha, path);
            if (!oid)
                return null;
            const name = path.split('/').pop();
            return {
                __typename: 'TreeEntry',
                name,
                path,
                oid,
                type: await ctx.git.objectType(oid),
                object: () => gitObject(see, oid),
            };
        },
        history: async (page) => {
            const shas = await ctx.git.commitsFrom(sha, page.path ? ['--', page.path] : []);
            return connection('CommitHistoryConnection', shas, page, (s) => commitNode(see, s));
        },
        status: () => {
            need(see, 'query statuses');
            return statusNode(see, sha);
        },
        associatedPullRequests: async (page) => {
            need(see, 'query pull requests');
            const found = await pullsWithCommit(ctx, sha);
            return connection('PullRequestConnection', found, page, (i) => pullNode(see, i));
        },
    };
}

;// CONCATENATED MODULE: ./src/emulator/graphql/reads.ts



/** A ref by qualified name (`refs/heads/main`) or branch name, as GitHub's `Ref`; null when absent. */
async function refNode(see, qualified) {
    const full = qualified.startsWith('refs/') ? qualified : `refs/heads/${qualified}`;
    const sha = await see.ctx.git.refSha(full);
    if (!sha)
        return null;
    const cut = full.lastIndexOf('/') + 1;
    const prefix = full.startsWith('refs/heads/') ? 'refs/heads/' : full.slice(0, cut);
    return {
        __typename: 'Ref',
        name: full.slice(prefix.length),
        prefix,
        // The ref's name is metadata; what it points to is contents (REST: git/ref needs contents).
        target: () => {
            need(see, 'query contents');
            return commitNode(see, sha);
        },
    };
}
/** `rev` or `rev:path`, as `git rev-parse` reads it (GitHub's `object(expression:)`). */
async function objectByExpression(see, expression) {
    const colon = expression.indexOf(':');
    const rev = colon < 0 ? expression : expression.slice(0, colon);
    const commit = await see.ctx.git.resolveCommit(rev);
    if (!commit)
        return null;
    if (colon < 0)
        return commitNode(see, commit);
    const oid = await see.ctx.git.objectAt(commit, expression.slice(colon + 1));
    return oid ? gitObject(see, oid) : null;
}
const hasLabel = (labels, wanted) => !wanted || labels.some((l) => wanted.includes(l.toUpperCase()));
function repositoryNode(see) {
    const { ctx } = see;
    const find = (n) => ctx.store.issues.get(n);
    const list = (pulls, args) => {
        const states = enumList(args.states);
        const labels = enumList(args.labels);
        // Oldest first, GitHub's order without orderBy.
        return [...ctx.store.issues.values()]
            .filter((i) => Boolean(i.pull) === pulls)
            .filter((i) => {
            const state = i.pull?.merged ? 'MERGED' : i.state.toUpperCase();
            return (!states || states.includes(state)) && hasLabel(i.labels, labels);
        })
            .sort((a, b) => a.number - b.number);
    };
    return {
        __typename: 'Repository',
        nameWithOwner: ctx.fullName,
        defaultBranchRef: () => refNode(see, ctx.id.defaultBranch),
        ref: ({ qualifiedName }) => refNode(see, qualifiedName),
        object: async ({ expression, oid }) => {
            need(see, 'query contents');
            if (oid)
                return (await ctx.git.objectType(oid)) ? gitObject(see, oid) : null;
            return expression ? objectByExpression(see, expression) : null;
        },
        issue: ({ number }) => {
            need(see, 'query issues');
            const i = find(number);
            return i && !i.pull ? issueNode(see, i) : null;
        },
        pullRequest: ({ number }) => {
            need(see, 'query pull requests');
            const i = find(number);
            return i?.pull ? pullNode(see, i) : null;
        },
        pullRequests: (args) => {
            need(see, 'query pull requests', true);
            return connection('PullRequestConnection', list(true, args), args, (i) => pullNode(see, i));
        },
        issues: (args) => {
            need(see, 'query issues', true);
            return connection('IssueConnection', list(false, args), args, (i) => issueNode(see, i));
        },
    };
}
function node(see, id) {
    const i = byNodeId(see.ctx, id);
    if (!i)
        throw new FieldError(`Could not resolve to a node with the global id of '${id}'`);
    return i.pull ? pullNode(see, i) : issueNode(see, i);
}
function queryRoot(ctx, see) {
    return {
        __typename: 'Query',
        // An App's installation token is its bot user: `<slug>[bot]`, as REST names it.
        viewer: { __typename: 'User', login: see.who.login },
        node: ({ id }) => node(see, id),
        repository: ({ owner, name }) => {
            if (`${owner}/${name}`.toLowerCase() !== ctx.fullName.toLowerCase())
                throw new FieldError(`Could not resolve to a Repository with the name '${owner}/${name}'.`, 'NOT_FOUND');
            try {
                need(see, 'query repository');
            }
            catch {
                throw new FieldError(`Could not resolve to a Repository with the name '${owner}/${name}'.`, 'NOT_FOUND');
            }
            return repositoryNode(see);
        },
    };
}

;// CONCATENATED MODULE: ./src/emulator/graphql/commit-on-branch.ts






/** RFC 4648 base64 with its padding, as the schema requires of `FileAddition.contents`. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** The branch's full ref name: by the Ref's node id (REST's `REF_…`) or by repository and name. */
function branchRef(ctx, branch) {
    if (branch.id !== undefined) {
        const m = /^REF_(.+)$/.exec(branch.id);
        const ref = m ? Buffer.from(m[1], 'base64url').toString() : '';
        if (!ref.startsWith('refs/heads/')) {
            throw new FieldError(`Could not resolve to a node with the global id of '${branch.id}'`, 'NOT_FOUND');
        }
        return ref;
    }
    const nwo = branch.repositoryNameWithOwner ?? '';
    if (nwo.toLowerCase() !== `${ctx.id.owner}/${ctx.id.repo}`.toLowerCase()) {
        throw new FieldError(`Could not resolve to a Repository with the name '${nwo}'.`, 'NOT_FOUND');
    }
    const name = (branch.branchName ?? '').replace(/^refs\/heads\//, '');
    return `refs/heads/${name}`;
}
function fileChanges(input) {
    const additions = input.fileChanges?.additions ?? [];
    const deletions = input.fileChanges?.deletions ?? [];
    const paths = [...additions, ...deletions].map((c) => c.path);
    // "Any duplication will result in a validation error"; the words are a guess.
    const twice = paths.find((p, k) => paths.indexOf(p) !== k);
    if (twice !== undefined)
        throw new FieldError(`Path "${twice}" is specified more than once`);
    const bad = paths.find((p) => !p || p.startsWith('/') || p.endsWith('/') || p.split('/').includes('..'));
    if (bad !== undefined)
        throw new FieldError(`Path "${bad}" is not a valid path`); // words: a guess
    for (const a of additions) {
        if (!BASE64.test(a.contents))
            throw new FieldError(`Contents of "${a.path}" are not valid base64`); // a guess
    }
    return { additions, deletions };
}
async function createCommitOnBranch(see, input) {
    const { ctx, who } = see;
    const full = branchRef(ctx, input.branch ?? {});
    const head = await ctx.git.refSha(full);
    if (!head) {
        // The words are a guess: no answer to a missing branch was found.
        throw new FieldError(`Could not resolve to a Ref with the name '${full}'.`, 'NOT_FOUND');
    }
    const block = directUpdateBlock(ctx, full, who.login, false);
    if (block === 'classic')
        throw new FieldError(PULL_REQUIRED, 'BRANCH_PROTECTION_RULE_VIOLATION');
    if (block === 'ruleset')
        throw new FieldError(ruleViolationsMessage([PULL_REQUIRED]));
    const stale = () => new FieldError(`Expected branch to point to "${input.expectedHeadOid}" but it did not.  Pull and try again.`, 'STALE_DATA');
    if (input.expectedHeadOid !== head)
        throw stale();
    const { additions, deletions } = fileChanges(input);
    const changes = [];
    for (const a of additions) {
        const sha = await ctx.git.writeBlob(Buffer.from(a.contents, 'base64'));
        changes.push({ path: a.path, mode: '100644', sha });
    }
    for (const d of deletions)
        changes.push({ path: d.path, mode: '100644', sha: null });
    const base = (await ctx.git.readCommit(head)).tree;
    const tree = await ctx.git.writeTree(base, changes, true).catch((e) => {
        if (!(e instanceof MissingTreePathError))
            throw e;
        throw new FieldError(`A path was requested for deletion which does not exist as of commit oid \`${head}\``);
    });
    const now = ctx.now();
    const user = ctx.store.user(who.login);
    const author = { name: user.name, email: user.email, date: now };
    const { headline = '', body } = input.message ?? {};
    const message = body ? `${headline}\n\n${body}` : headline;
    const sha = await ctx.git.commitTree(tree, [head], message, author, webFlow(now));
    ctx.store.signed.add(sha);
    // Another writer between the check and here: the head moved, as GitHub would have seen it.
    if (!(await ctx.git.casRef(full, sha, head)))
        throw stale();
    ctx.refMoved(full, sha, { before: head, login: who.login });
    return {
        __typename: 'CreateCommitOnBranchPayload',
        clientMutationId: input.clientMutationId ?? null,
        commit: commitNode(see, sha),
        ref: () => refNode(see, full),
    };
}

;// CONCATENATED MODULE: ./src/emulator/handlers/graphql.ts
/**
 * POST /graphql for the mutations phasegate needs beyond REST: pinIssue (the dashboard),
 * enablePullRequestAutoMerge (rollbacks that need no approval) and createCommitOnBranch (a
 * branch commit in one call, graphql/commit-on-branch.ts), with the undo twins and
 * lookups by number (`repository { issue pullRequest }`, `node`). Documents are read by the
 * emulator's own small reader (graphql/document.ts) and run over the resolvers below
 * (graphql/execute.ts). With a validator (tests), every document is first checked against
 * GitHub's published schema and every answer's data after, so field names, arguments and
 * nullability are real; a field the emulator does not implement is an error and a violation,
 * never a silent null.
 */








/** The types the resolvers return, with the interfaces they are reached through. */
const TYPES = {
    Query: [],
    Mutation: [],
    Repository: ['Node'],
    Issue: ['Node'],
    PullRequest: ['Node'],
    User: ['Actor', 'Node'],
    Bot: ['Actor', 'Node'],
    Commit: ['GitObject', 'Node'],
    Tree: ['GitObject', 'Node'],
    Blob: ['GitObject', 'Node'],
    Ref: ['Node'],
    TreeEntry: [],
    Status: ['Node'],
    StatusContext: ['Node'],
    Label: ['Node'],
    IssueComment: ['Node', 'Comment'],
    PullRequestReview: ['Node', 'Comment'],
    PullRequestCommit: ['Node'],
    PullRequestChangedFile: [],
    PageInfo: [],
    AutoMergeRequest: [],
    PinIssuePayload: [],
    UnpinIssuePayload: [],
    EnablePullRequestAutoMergePayload: [],
    DisablePullRequestAutoMergePayload: [],
    CreateCommitOnBranchPayload: [],
};
class Unprocessable extends FieldError {
}
/**
 * The access check (access.ts) for one mutation: GitHub answers an integration lacking the
 * permission with a FORBIDDEN "Resource not accessible by integration" entry, and a person
 * lacking the role with "<login> does not have the correct permissions to execute `PinIssue`".
 */
function guard(ctx, who, mutation) {
    const v = access_decide(`mutation ${mutation}`, who, ctx.roleOf(who.login));
    if (v.ok)
        return;
    const name = mutation[0].toUpperCase() + mutation.slice(1);
    const message = who.kind === 'person'
        ? `${who.login} does not have the correct permissions to execute \`${name}\``
        : v.message;
    throw new FieldError(message, 'FORBIDDEN');
}
/**
 * GitHub enables auto-merge only on a protected base ("Pull request Protected branch rules not
 * configured for this branch") and only while its rules still block the merge ("Pull request
 * Pull request is in clean status"): both are gh's reports of the mutation's errors.
 */
function enableAutoMerge(see, login, i, input, gates) {
    const { ctx } = see;
    if (i.state !== 'open')
        throw new Unprocessable('Pull request Pull request is closed');
    const gate = gates.get(i.number);
    if (!gate?.protected) {
        throw new Unprocessable('Pull request Protected branch rules not configured for this branch');
    }
    if (gateState(gate) === 'clean')
        throw new Unprocessable('Pull request Pull request is in clean status');
    if (input.expectedHeadOid && input.expectedHeadOid !== i.pull.headSha) {
        throw new Unprocessable('Pull request Head sha did not match expected head oid');
    }
    const method = (input.mergeMethod ?? 'MERGE').toLowerCase();
    i.pull.auto_merge = { enabled_by: login, merge_method: method };
    i.updated_at = ctx.now();
    return {
        __typename: 'EnablePullRequestAutoMergePayload',
        clientMutationId: input.clientMutationId ?? null,
        actor: actor(ctx, login),
        pullRequest: pullNode(see, i),
    };
}
/** What the rules say of each open PR, judged before the (synchronous) resolvers run. */
async function openPullGates(ctx) {
    const out = new Map();
    for (const i of ctx.store.issues.values()) {
        if (i.pull && i.state === 'open')
            out.set(i.number, await assess(ctx, i, null));
    }
    return out;
}
function mutationRoot(see, gates) {
    const { ctx, who } = see;
    const login = who.login;
    const pull = (id) => {
        const i = byNodeId(ctx, id ?? '');
        if (!i?.pull)
            throw new Unprocessable(`Could not resolve to a PullRequest with the global id of '${id}'.`);
        return i;
    };
    return {
        __typename: 'Mutation',
        pinIssue: ({ input = {} }) => {
            guard(ctx, who, 'pinIssue');
            const i = byNodeId(ctx, input.issueId ?? '');
            if (!i || i.pull)
                throw new Unprocessable(`Could not resolve to an Issue with the global id of '${input.issueId}'.`);
            if (!i.pinned && [...ctx.store.issues.values()].filter((x) => x.pinned).length >= 3) {
                throw new Unprocessable('Repository can only have 3 pinned issues');
            }
            i.pinned = true;
            return {
                __typename: 'PinIssuePayload',
                clientMutationId: input.clientMutationId ?? null,
                issue: issueNode(see, i),
            };
        },
        unpinIssue: ({ input = {} }) => {
            guard(ctx, who, 'unpinIssue');
            const i = byNodeId(ctx, input.issueId ?? '');
            if (!i || i.pull)
                throw new Unprocessable(`Could not resolve to an Issue with the global id of '${input.issueId}'.`);
            i.pinned = false;
            return {
                __typename: 'UnpinIssuePayload',
                clientMutationId: input.clientMutationId ?? null,
                issue: issueNode(see, i),
            };
        },
        enablePullRequestAutoMerge: ({ input = {} }) => {
            guard(ctx, who, 'enablePullRequestAutoMerge');
            return enableAutoMerge(see, login, pull(input.pullRequestId), input, gates);
        },
        createCommitOnBranch: ({ input }) => {
            guard(ctx, who, 'createCommitOnBranch');
            return createCommitOnBranch(see, input);
        },
        disablePullRequestAutoMerge: ({ input = {} }) => {
            guard(ctx, who, 'disablePullRequestAutoMerge');
            const i = pull(input.pullRequestId);
            i.pull.auto_merge = null;
            return {
                __typename: 'DisablePullRequestAutoMergePayload',
                clientMutationId: input.clientMutationId ?? null,
                actor: actor(ctx, login),
                pullRequest: pullNode(see, i),
            };
        },
    };
}
const answer = (body) => ({ status: 200, body });
const located = (err) => ({
    message: err.message,
    locations: [err.loc],
});
function notImplemented(ctx, what) {
    ctx.violations.push(`POST /graphql: the emulator does not implement ${what.join(', ')}`);
    return answer({ errors: [{ message: `not implemented by the emulator: ${what.join(', ')}` }] });
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function registerGraphql(r) {
    r.add('POST', '/graphql', async ({ ctx, body, who }) => {
        const request = {
            query: typeof body.query === 'string' ? body.query : '',
            variables: isRecord(body.variables) ? body.variables : {},
            ...(typeof body.operationName === 'string' ? { operationName: body.operationName } : {}),
        };
        // What GitHub refuses before running anything: only a validator that knows the schema can say.
        const invalid = ctx.validator?.graphqlRequestErrors(request) ?? [];
        if (invalid.length)
            return answer({ errors: invalid });
        let operations;
        try {
            operations = parseDocument(request.query);
        }
        catch (err) {
            if (err instanceof Unsupported)
                return notImplemented(ctx, [err.what]);
            if (err instanceof GraphqlSyntaxError)
                return answer({ errors: [located(err)] });
            throw err;
        }
        const selected = selectOperation(operations, request.operationName);
        if ('error' in selected)
            return answer({ errors: [selected.error] });
        const { op } = selected;
        const vars = variableValues(op, request.variables);
        if ('errors' in vars)
            return answer({ errors: vars.errors });
        const enabling = op.selections.some((f) => f.kind === 'Field' && f.name === 'enablePullRequestAutoMerge');
        const gates = enabling ? await openPullGates(ctx) : new Map();
        const see = { ctx, who };
        const root = op.operation === 'mutation' ? mutationRoot(see, gates) : queryRoot(ctx, see);
        const gaps = unserved(op, root, TYPES);
        if (gaps.length)
            return notImplemented(ctx, gaps);
        const unbounded = paginationErrors(op, vars.values, CONNECTIONS);
        if (unbounded.length)
            return answer({ errors: unbounded });
        const result = await execute(op, root, vars.values, TYPES);
        if (result.missing.length) {
            ctx.violations.push(`POST /graphql: the emulator does not implement ${result.missing.join(', ')}`);
        }
        else {
            const problem = ctx.validator?.checkGraphqlData(request, result.data);
            if (problem)
                ctx.violations.push(`POST /graphql: the answer does not fit GitHub's schema: ${problem}`);
        }
        return answer(result.errors.length ? { data: result.data, errors: result.errors } : { data: result.data });
    });
}

;// CONCATENATED MODULE: ./src/emulator/handlers/issues.ts
/** Issues (pull requests included, as on GitHub), comments and labels. */






const issues_REPO = '/repos/{owner}/{repo}';
const ISSUE = `${issues_REPO}/issues/{issue_number}`;
function listIssues(req) {
    const q = req.query;
    const state = q.get('state') ?? 'open';
    let items = [...req.ctx.store.issues.values()];
    if (state !== 'all')
        items = items.filter((i) => i.state === state);
    const wanted = (q.get('labels') ?? '')
        .split(',')
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean);
    if (wanted.length)
        items = items.filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)));
    const creator = q.get('creator')?.toLowerCase();
    if (creator)
        items = items.filter((i) => i.user.toLowerCase() === creator);
    const assignee = q.get('assignee');
    if (assignee === 'none')
        items = items.filter((i) => i.assignees.length === 0);
    else if (assignee === '*')
        items = items.filter((i) => i.assignees.length > 0);
    else if (assignee)
        items = items.filter((i) => i.assignees.some((a) => a.toLowerCase() === assignee.toLowerCase()));
    const since = q.get('since');
    if (since)
        items = items.filter((i) => Date.parse(i.updated_at) >= Date.parse(since));
    const sort = q.get('sort') ?? 'created';
    const key = (i) => sort === 'updated'
        ? i.updated_at
        : sort === 'comments'
            ? String(i.comments).padStart(9, '0')
            : i.created_at;
    items.sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number);
    return (q.get('direction') ?? 'desc') === 'asc' ? items : items.reverse();
}
// Long on purpose: the route table, one r.add per endpoint, in the order of GitHub's REST reference.
function registerIssues(r) {
    r.add('POST', `${issues_REPO}/issues`, ({ ctx, body, user, who }) => ({
        status: 201,
        body: issue(ctx, createIssue(ctx, user.login, body, ctx.now(), hasPushAccess(who, ctx.roleOf(user.login)))),
    }));
    r.add('GET', `${issues_REPO}/issues`, (req) => {
        const page = paginate(req, listIssues(req));
        return { status: 200, body: page.items.map((i) => issue(req.ctx, i)), headers: page.headers };
    });
    r.add('GET', ISSUE, ({ ctx, params }) => ({
        status: 200,
        body: issue(ctx, issueOr404(ctx, params.issue_number)),
    }));
    r.add('PATCH', ISSUE, ({ ctx, params, body, user, who }) => {
        const i = issueOr404(ctx, params.issue_number);
        const wasOpen = i.state === 'open';
        checkBodyLength(body.body, 'Issue');
        // "Without push access to the repository, label changes are silently dropped" (assignees too).
        const canPush = hasPushAccess(who, ctx.roleOf(user.login));
        const assignees = canPush && Array.isArray(body.assignees) ? body.assignees.map(String) : undefined;
        if (assignees)
            checkAssignees(ctx, assignees, 'assignees', `${ISSUES_DOCS}#update-an-issue`, i);
        if (typeof body.title === 'string')
            i.title = body.title;
        if (typeof body.body === 'string' || body.body === null)
            i.body = body.body;
        if (canPush && body.labels !== undefined)
            i.labels = labelNames(body.labels).map((l) => ctx.store.ensureLabel(l).name);
        if (assignees)
            i.assignees = assignees.map((a) => ctx.store.user(a).login);
        if (body.state === 'closed' && i.state === 'open') {
            const reason = body.state_reason ?? 'completed';
            Object.assign(i, {
                state: 'closed',
                closed_at: ctx.now(),
                closed_by: user.login,
                state_reason: reason,
            });
        }
        else if (body.state === 'open' && i.state === 'closed') {
            if (i.pull?.merged)
                throw validationFailed([
                    {
                        resource: 'Issue',
                        code: 'custom',
                        field: 'state',
                        message: 'state cannot be changed. The pull request has been merged.',
                    },
                ]);
            Object.assign(i, { state: 'open', closed_at: null, closed_by: null, state_reason: 'reopened' });
        }
        else if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') {
            throw validationFailed([{ resource: 'Issue', code: 'invalid', field: 'state' }]);
        }
        i.updated_at = ctx.now();
        const fields = ['title', 'body'].filter((f) => body[f] !== undefined);
        recordPullUpdate(ctx, i, user.login, fields, wasOpen);
        return { status: 200, body: issue(ctx, i) };
    });
    r.add('GET', `${ISSUE}/comments`, (req) => {
        const n = issueOr404(req.ctx, req.params.issue_number).number;
        const since = req.query.get('since');
        const all = [...req.ctx.store.comments.values()].filter((c) => c.issue === n && (!since || Date.parse(c.updated_at) >= Date.parse(since)));
        const page = paginate(req, all);
        return { status: 200, body: page.items.map((c) => comment(req.ctx, c)), headers: page.headers };
    });
    r.add('POST', `${ISSUE}/comments`, ({ ctx, params, body, user }) => ({
        status: 201,
        body: comment(ctx, addComment(ctx, Number(params.issue_number), user.login, body.body)),
    }));
    r.add('GET', `${issues_REPO}/issues/comments/{comment_id}`, ({ ctx, params }) => {
        const c = ctx.store.comments.get(Number(params.comment_id));
        if (!c)
            throw notFound();
        return { status: 200, body: comment(ctx, c) };
    });
    r.add('PATCH', `${issues_REPO}/issues/comments/{comment_id}`, ({ ctx, params, body }) => {
        const c = ctx.store.comments.get(Number(params.comment_id));
        if (!c)
            throw notFound();
        const text = requireString(body.body, 'body', 'IssueComment');
        checkBodyLength(text, 'IssueComment');
        c.body = text;
        c.updated_at = ctx.now();
        return { status: 200, body: comment(ctx, c) };
    });
    r.add('POST', `${ISSUE}/labels`, ({ ctx, params, body }) => {
        const i = issueOr404(ctx, params.issue_number);
        // The body is {labels: [...]} or a bare array of names.
        const names = labelNames(Array.isArray(body) ? body : body.labels);
        for (const n of names) {
            const l = ctx.store.ensureLabel(n);
            if (!i.labels.some((x) => x.toLowerCase() === l.name.toLowerCase()))
                i.labels.push(l.name);
        }
        i.updated_at = ctx.now();
        return { status: 200, body: i.labels.map((n) => label(ctx, ctx.store.ensureLabel(n))) };
    });
    r.add('DELETE', `${ISSUE}/labels/{name}`, ({ ctx, params }) => {
        const i = issueOr404(ctx, params.issue_number);
        const before = i.labels.length;
        i.labels = i.labels.filter((l) => l.toLowerCase() !== params.name.toLowerCase());
        if (i.labels.length === before) {
            throw new HttpError(404, {
                message: 'Label does not exist',
                documentation_url: 'https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue',
                status: '404',
            });
        }
        return { status: 200, body: i.labels.map((n) => label(ctx, ctx.store.ensureLabel(n))) };
    });
    r.add('POST', `${issues_REPO}/labels`, ({ ctx, body }) => {
        const name = requireString(body.name, 'name', 'Label');
        if (ctx.store.label(name))
            throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
        const l = ctx.store.ensureLabel(name);
        if (typeof body.color === 'string')
            l.color = body.color.replace(/^#/, '');
        if (typeof body.description === 'string')
            l.description = body.description;
        return { status: 201, body: label(ctx, l) };
    });
    r.add('GET', `${issues_REPO}/labels`, (req) => {
        const page = paginate(req, [...req.ctx.store.labels.values()].sort((a, b) => a.name.localeCompare(b.name)));
        return { status: 200, body: page.items.map((l) => label(req.ctx, l)), headers: page.headers };
    });
}

;// CONCATENATED MODULE: ./src/emulator/handlers/search.ts



function tokens(q) {
    return q.match(/-?[\w.-]+:"[^"]*"|"[^"]*"|\S+/g) ?? [];
}
function unquote(v) {
    return v.replace(/^"(.*)"$/, '$1');
}
const DAY = 86_400_000;
/** [from, to] in ms, inclusive; a bare date covers its whole day (UTC). */
function bounds(v) {
    const isDate = (s) => /^\d{4}-\d{2}-\d{2}$/.test(s);
    const start = (s) => (s === '*' ? -Infinity : Date.parse(isDate(s) ? `${s}T00:00:00Z` : s));
    const end = (s) => s === '*' ? Infinity : isDate(s) ? Date.parse(`${s}T00:00:00Z`) + DAY - 1 : Date.parse(s);
    if (v.includes('..')) {
        const [a, b] = v.split('..');
        return [start(a), end(b)];
    }
    const m = /^(>=|<=|>|<)?(.*)$/.exec(v);
    const [op, s] = [m[1], m[2]];
    if (op === '>=')
        return [start(s), Infinity];
    if (op === '>')
        return [end(s) + 1, Infinity];
    if (op === '<=')
        return [-Infinity, end(s)];
    if (op === '<')
        return [-Infinity, start(s) - 1];
    return [start(s), end(s)];
}
function dateTest(field, v) {
    const [from, to] = bounds(v);
    return (i) => {
        const at = i[field];
        if (!at)
            return false;
        const t = Date.parse(at);
        return t >= from && t <= to;
    };
}
function qualifier(ctx, key, value) {
    const eq = (a, b) => a.toLowerCase() === b.toLowerCase();
    switch (key) {
        case 'repo':
            return () => eq(value, ctx.fullName);
        case 'is':
        case 'type':
        case 'state':
            if (value === 'issue')
                return (i) => !i.pull;
            if (value === 'pr' || value === 'pull-request')
                return (i) => !!i.pull;
            if (value === 'open' || value === 'closed')
                return (i) => i.state === value;
            if (value === 'merged')
                return (i) => !!i.pull?.merged;
            if (value === 'unmerged')
                return (i) => !!i.pull && !i.pull.merged && i.state === 'closed';
            return () => true;
        case 'label': {
            const any = value.split(',').map(unquote);
            return (i) => any.some((l) => i.labels.some((x) => eq(x, l)));
        }
        case 'author':
            return (i) => eq(i.user, value);
        case 'assignee':
            return (i) => i.assignees.some((a) => eq(a, value));
        case 'created':
        case 'updated':
        case 'closed':
            return dateTest(`${key}_at`, value);
        case 'head':
            return (i) => i.pull?.headRef === value;
        case 'base':
            return (i) => i.pull?.baseRef === value;
        default:
            return () => true; // in:, sort: and the rest do not filter here
    }
}
function search(ctx, q) {
    const tests = [];
    const words = [];
    for (const t of tokens(q)) {
        const m = /^(-?)([\w-]+):(.+)$/.exec(t);
        if (!m) {
            words.push(unquote(t).toLowerCase());
            continue;
        }
        const test = qualifier(ctx, m[2].toLowerCase(), unquote(m[3]));
        tests.push(m[1] ? (i) => !test(i) : test);
    }
    return [...ctx.store.issues.values()].filter((i) => tests.every((t) => t(i)) && words.every((w) => `${i.title}\n${i.body ?? ''}`.toLowerCase().includes(w)));
}
function registerSearch(r) {
    r.add('GET', '/search/issues', (req) => {
        const q = req.query.get('q');
        if (!q)
            throw validationFailed([{ resource: 'Search', field: 'q', code: 'missing' }]);
        const sort = req.query.get('sort');
        const key = sort === 'updated' ? 'updated_at' : 'created_at';
        const items = search(req.ctx, q).sort((a, b) => a[key].localeCompare(b[key]) || a.number - b.number);
        if ((req.query.get('order') ?? 'desc') === 'desc')
            items.reverse();
        const page = paginate(req, items);
        const rendered = page.items.map((i) => {
            const { body, ...rest } = issue(req.ctx, i);
            return { ...rest, ...(body === null ? {} : { body }), score: 1 };
        });
        return {
            status: 200,
            body: { total_count: items.length, incomplete_results: false, search_type: 'lexical', items: rendered },
            headers: page.headers,
        };
    });
}

;// CONCATENATED MODULE: ./src/emulator/human.ts
/**
 * What people do outside the API under test: commit and push, check out, open issues. These
 * act on the same repository and state the REST handlers serve, under the same write lock.
 */


/**
 * A commit by `login` on `branch` (created from `from`, default the default branch, if absent);
 * `branch` may be a full ref instead (refs/forks/… for a fork's branch).
 */
async function commitFiles(ctx, branch, files, message, login, from) {
    return ctx.exclusive(async () => {
        const ref = branch.startsWith('refs/') ? branch : `refs/heads/${branch}`;
        const current = await ctx.git.refSha(ref);
        const parent = current ?? (await ctx.git.resolveCommit(from ?? ctx.id.defaultBranch));
        const baseTree = parent ? (await ctx.git.readCommit(parent)).tree : null;
        const changes = Object.entries(files).map(([path, content]) => content === null ? { path, mode: '100644', sha: null } : { path, mode: '100644', content });
        const tree = await ctx.git.writeTree(baseTree, changes);
        const user = ctx.store.user(login);
        const sig = { name: user.name, email: user.email, date: ctx.now() };
        const sha = await ctx.git.commitTree(tree, parent ? [parent] : [], `${message}\n`, sig);
        if (!(await ctx.git.casRef(ref, sha, current ?? git_ZERO_SHA)))
            throw new Error(`${ref} moved during push`);
        ctx.refMoved(ref, sha, { before: current ?? git_ZERO_SHA, login: user.login });
        return { sha, before: current ?? git_ZERO_SHA };
    });
}
/**
 * A real clone into `dir`, as actions/checkout makes it: `ref` is a branch, a full ref such
 * as refs/pull/3/merge, or a sha. The identity is set so the action could commit.
 */
async function cloneTo(ctx, dir, ref, identity) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const git = (args) => ctx.git.git(args, {}, dir);
    await git(['init', '--quiet']);
    await git(['remote', 'add', 'origin', ctx.git.dir]);
    await git(['config', 'user.name', identity.name]);
    await git(['config', 'user.email', identity.email]);
    const branch = !ref.startsWith('refs/') && (await ctx.git.refSha(`refs/heads/${ref}`)) ? ref : null;
    if (branch) {
        await git([
            'fetch',
            '--quiet',
            '--no-tags',
            'origin',
            `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
        ]);
        await git(['checkout', '--quiet', '-B', branch, `refs/remotes/origin/${branch}`]);
    }
    else {
        await git(['fetch', '--quiet', '--no-tags', 'origin', ref]);
        await git(['checkout', '--quiet', '--detach', 'FETCH_HEAD']);
    }
    return (await git(['rev-parse', 'HEAD'])).stdout.toString().trim();
}

;// CONCATENATED MODULE: ./src/emulator/server.ts
/**
 * The HTTP pipeline: body → fault injection → authentication → route → access (access.ts: the
 * one permission check) → content-creation limit → handler → response check by the validator,
 * when one was given (GitHub's OpenAPI description, in tests) → GitHub's headers → request log.
 */





const RATE_RESET = Math.floor(Date.now() / 1000) + 3600;
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
function tokenOf(header) {
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '');
    return m ? m[1] : null;
}
async function serve(p, req, res) {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://emulator');
    const path = url.pathname;
    const raw = await readBody(req);
    const token = tokenOf(req.headers.authorization);
    const caller = token ? p.tokens.get(token) : undefined;
    const record = {
        method,
        path,
        query: url.search,
        status: 0,
        login: caller?.user.login ?? null,
        token,
    };
    if (method === 'POST' && path === '/graphql')
        record.graphql = graphqlKind(raw);
    p.requests.push(record);
    const requestId = (0,external_node_crypto_.randomBytes)(8).toString('hex').toUpperCase();
    const fault = p.faults.take(method, path, record.graphql);
    if (fault && 'drop' in fault) {
        req.socket.destroy();
        return;
    }
    const lost = fault !== undefined && 'lostResponse' in fault;
    const found = fault && !lost ? undefined : p.router.match(method, path);
    let answer = fault && !('lostResponse' in fault)
        ? faultResponse(fault, requestId)
        : await handle(p, { method, url, raw, token, caller }, found);
    if (lost) {
        // The write happened; the answer never reaches the client (status 0 in the log).
        req.socket.destroy();
        return;
    }
    const tamper = p.tampers.take(method, path, record.graphql);
    if (tamper)
        answer = { ...answer, body: tamper(answer.body, { method, path, status: answer.status }) };
    // /graphql is not in the REST description; handlers/graphql.ts has the validator check its documents and data.
    const template = found?.route.template;
    if (p.validator && template && template !== '/graphql') {
        const problem = p.validator.check(method, template, answer.status, answer.body);
        if (problem)
            p.violations.push(`${method} ${path} (${template}) ${answer.status}: ${problem}`);
    }
    record.status = answer.status;
    const headers = { ...answerHeaders(p, path, requestId), ...answer.headers };
    if (answer.body === undefined) {
        delete headers['content-type'];
        res.writeHead(answer.status, headers).end();
        return;
    }
    res.writeHead(answer.status, headers).end(JSON.stringify(answer.body));
}
/**
 * A request as GitHub answers it: authentication, the route, the repository, what the token may
 * do, the content-creation limit, the JSON body.
 */
async function handle(p, q, found) {
    const { method, url } = q;
    const path = url.pathname;
    try {
        if (!q.token)
            throw error(401, 'Requires authentication');
        if (!q.caller)
            throw error(401, 'Bad credentials');
        if (!found)
            throw notFound();
        const { owner, repo } = found.params;
        if (owner !== undefined && owner.toLowerCase() !== p.ctx.id.owner.toLowerCase())
            throw notFound();
        if (repo !== undefined && repo.toLowerCase() !== p.ctx.id.repo.toLowerCase())
            throw notFound();
        const { who, user } = q.caller;
        const key = `${method} ${found.route.template}`;
        const granted = authorize(key, who, p.ctx.roleOf(user.login));
        const limit = ACCESS[key].creates ? p.contentCreation : null;
        let body = {};
        if (q.raw.length) {
            try {
                body = JSON.parse(q.raw.toString('utf8'));
            }
            catch {
                throw error(400, 'Problems parsing JSON');
            }
        }
        const input = {
            method,
            path,
            template: found.route.template,
            params: found.params,
            query: url.searchParams,
        };
        const run = async () => {
            // Counted inside the write lock, so concurrent creations cannot slip past the limit together.
            if (limit && !limit.allows(user.login))
                return contentCreationBlocked();
            const answer = await found.route.handler({ ...input, body, user, who, ctx: p.ctx });
            if (limit && answer.status < 300)
                limit.record(user.login);
            return answer;
        };
        const answer = method === 'GET' ? await run() : await p.ctx.exclusive(run);
        return { ...answer, headers: { ...granted, ...answer.headers } };
    }
    catch (err) {
        if (err instanceof HttpError)
            return { status: err.status, body: err.body, headers: err.headers };
        p.violations.push(`${method} ${path}: the emulator failed: ${err.stack ?? err}`);
        return { status: 500, body: { message: 'Server Error' } };
    }
}
/** GitHub's headers on every answer, with the rate-limit counts of the request's resource. */
function answerHeaders(p, path, requestId) {
    const search = path.startsWith('/search/');
    const used = p.requests.filter((r) => r.path.startsWith('/search/') === search).length;
    const limit = search ? 30 : 5000;
    return {
        'content-type': 'application/json; charset=utf-8',
        'x-github-request-id': requestId,
        'x-github-api-version-selected': '2022-11-28',
        'x-ratelimit-limit': String(limit),
        // Informational only (no limit is enforced); never 0, so no client waits for a reset.
        'x-ratelimit-remaining': String(Math.max(1, limit - used)),
        'x-ratelimit-reset': String(RATE_RESET),
        'x-ratelimit-used': String(used),
        'x-ratelimit-resource': search ? 'search' : 'core',
    };
}
/** A GraphQL request writes when its document holds a mutation (an unreadable one counts as a write). */
function graphqlKind(raw) {
    try {
        const body = JSON.parse(raw.toString('utf8'));
        const ops = parseDocument(typeof body.query === 'string' ? body.query : '');
        return ops.length && ops.every((o) => o.operation === 'query') ? 'query' : 'mutation';
    }
    catch {
        return 'mutation';
    }
}

;// CONCATENATED MODULE: ./src/emulator/state-view.ts
function pullView(i) {
    const p = i.pull;
    return {
        number: i.number,
        title: i.title,
        body: i.body,
        state: i.state,
        merged: p.merged,
        draft: p.draft,
        user: i.user,
        head: { ref: p.headRef, sha: p.headSha },
        base: { ref: p.baseRef, sha: p.baseSha },
        labels: [...i.labels],
        assignees: [...i.assignees],
        requested_reviewers: [...p.requested_reviewers],
        requested_teams: [...p.requested_teams],
        merge_commit_sha: p.merge_commit_sha,
        merged_by: p.merged_by,
        auto_merge: p.auto_merge !== null,
        created_at: i.created_at,
        updated_at: i.updated_at,
        closed_at: i.closed_at,
    };
}
function stateView(ctx) {
    const issues = [...ctx.store.issues.values()];
    return structuredClone({
        pulls: issues.filter((i) => i.pull).map(pullView),
        issues: issues.filter((i) => !i.pull).map(({ pull: _, ...rest }) => rest),
        comments: [...ctx.store.comments.values()],
        reviews: ctx.store.reviews,
        labels: [...ctx.store.labels.values()],
        statuses: ctx.store.statuses,
    });
}

;// CONCATENATED MODULE: ./src/emulator/store.ts
/**
 * The emulator's in-memory state beside the git repository: users, issues and pull requests
 * (one number sequence, as on GitHub), comments, reviews, labels, statuses.
 */
/** Well-known ids, so payloads look like the real ones. */
const KNOWN_IDS = { 'github-actions[bot]': 41898282 };
class Store {
    teams;
    users = new Map();
    issues = new Map();
    comments = new Map();
    reviews = [];
    labels = new Map();
    statuses = [];
    /** Commits GitHub made (API commits, merges): shown as verified, as GitHub signs them. */
    signed = new Set();
    lastNumber = 0;
    lastId = 1000;
    constructor(teams) {
        this.teams = teams;
    }
    nextNumber() {
        this.lastNumber += 1;
        return this.lastNumber;
    }
    nextId() {
        this.lastId += 1;
        return this.lastId;
    }
    /** The user with this login, created on first sight (any login exists, as in an org). */
    user(login, spec = {}) {
        const key = login.toLowerCase();
        let u = this.users.get(key);
        if (!u) {
            const type = spec.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User');
            const id = KNOWN_IDS[login] ?? this.nextId();
            u = {
                login,
                id,
                type,
                name: spec.name ?? login,
                email: spec.email ?? `${id}+${login}@users.noreply.github.com`,
            };
            this.users.set(key, u);
        }
        return u;
    }
    pull(number) {
        const i = this.issues.get(number);
        return i?.pull ? i : undefined;
    }
    label(name) {
        return this.labels.get(name.toLowerCase());
    }
    /** The label, created with GitHub's default grey when an issue is labelled with a new name. */
    ensureLabel(name) {
        let l = this.label(name);
        if (!l) {
            l = { id: this.nextId(), name, color: 'ededed', description: null, default: false };
            this.labels.set(name.toLowerCase(), l);
        }
        return l;
    }
    teamMembers(org, slug) {
        const key = Object.keys(this.teams).find((k) => k.toLowerCase() === `${org}/${slug}`.toLowerCase());
        return key ? this.teams[key] : undefined;
    }
}

;// CONCATENATED MODULE: ./src/emulator/tokens.ts

function grant(store, tokens, roles, token, spec) {
    const who = identityOf(spec);
    const type = who.kind === 'person' ? 'User' : 'Bot';
    tokens.set(token, { who, user: store.user(who.login, { type, name: who.name, email: who.email }) });
    if (who.kind === 'person' && !roles.has(who.login.toLowerCase()))
        roles.set(who.login.toLowerCase(), 'write');
}

;// CONCATENATED MODULE: ./src/emulator/emulator.ts
/**
 * A loopback GitHub for tests and the demo: the REST endpoints phasegate uses (and the GraphQL
 * mutations), over a real bare git repository. Given a validator, every answer is checked with
 * it; tests pass one built from GitHub's OpenAPI description and GraphQL schema
 * (test/support/github-validator), the demo passes none. Nothing here needs a devDependency.
 * See src/emulator/README.md for the API.
 */





















class Emulator {
    ctx;
    server;
    tokens;
    /** The validator's findings, GraphQL the emulator cannot read or answer, and emulator failures. */
    violations = [];
    /** Every request, in arrival order. */
    requests = [];
    faults = new Rules();
    tampers = new Rules();
    constructor(
    /** @internal handlers' shared context; event builders read it. */
    ctx, server, tokens) {
        this.ctx = ctx;
        this.server = server;
        this.tokens = tokens;
    }
    static async start(options) {
        const owner = options.owner ?? 'acme';
        const defaultBranch = options.defaultBranch ?? 'main';
        const store = new Store(options.teams ?? {});
        const tokens = new Map();
        const roles = new Map();
        for (const [login, role] of Object.entries(options.collaborators ?? {}))
            roles.set(login.toLowerCase(), role);
        for (const [token, spec] of Object.entries(options.tokens))
            grant(store, tokens, roles, token, spec);
        const identity = {
            owner,
            repo: options.repo ?? 'app',
            defaultBranch,
            serverUrl: (options.serverUrl ?? 'https://github.com').replace(/\/$/, ''),
            protection: {
                classic: [
                    ...(options.protection ?? []),
                    ...(options.protectedBranches ?? []).map((branch) => ({ branch })),
                ],
                rulesets: options.rulesets ?? [],
                admins: options.admins ?? [],
                owner,
                defaultBranch,
            },
            actionsCanCreatePullRequests: options.actionsCanCreatePullRequests ?? true,
            roles,
        };
        const ctx = new Ctx(identity, await GitRepo.init(defaultBranch), store, options.clock ?? (() => new Date()));
        const router = routes();
        const validator = options.validator ?? null;
        let pipeline;
        const server = (0,external_node_http_.createServer)((req, res) => {
            serve(pipeline, req, res).catch((err) => {
                pipeline.violations.push(`${req.method} ${req.url}: ${err.stack ?? err}`);
                res.destroy();
            });
        });
        const gh = new Emulator(ctx, server, tokens);
        ctx.validator = validator;
        ctx.violations = gh.violations;
        const limit = options.contentCreationLimit;
        pipeline = {
            ctx,
            router,
            tokens,
            contentCreation: limit ? new ContentCreation(limit, () => ctx.nowMs()) : null,
            validator,
            faults: gh.faults,
            tampers: gh.tampers,
            requests: gh.requests,
            violations: gh.violations,
        };
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        ctx.url = `http://127.0.0.1:${server.address().port}`;
        return gh;
    }
    /**
     * A token minted while the emulator runs, as GitHub mints a GITHUB_TOKEN for each job with that
     * job's `permissions:` (the workflow runner asks for one per job).
     */
    grantToken(token, spec) {
        grant(this.ctx.store, this.tokens, this.ctx.id.roles, token, spec);
    }
    /** An integration token's permissions (GITHUB_TOKEN's, an App installation's); undefined for a person's or an unknown one. */
    tokenPermissions(token) {
        const who = this.tokens.get(token)?.who;
        return who && who.kind !== 'person' ? who.permissions : undefined;
    }
    /** The API base: GITHUB_API_URL. */
    get url() {
        return this.ctx.url;
    }
    get owner() {
        return this.ctx.id.owner;
    }
    get repo() {
        return this.ctx.id.repo;
    }
    get defaultBranch() {
        return this.ctx.id.defaultBranch;
    }
    /** GITHUB_SERVER_URL */
    get serverUrl() {
        return this.ctx.id.serverUrl;
    }
    /** The bare repository's folder. */
    get gitDir() {
        return this.ctx.git.dir;
    }
    /** Read-only snapshots of pulls, issues, comments, reviews, labels, statuses. */
    get state() {
        return stateView(this.ctx);
    }
    /**
     * Who wrote what, in order: ref moves, pull requests opened, edited, closed, reopened and
     * merged, reviews submitted; by the REST API and by the helpers alike (writes.ts).
     */
    get writes() {
        return this.ctx.written;
    }
    resetRequests() {
        this.requests.length = 0;
    }
    /**
     * The next `times` requests matching `match` get `fault` instead of an answer (before the
     * handler runs; `{ lostResponse: true }` after it, so the write happens and the answer is lost).
     */
    fail(match, fault, times = 1) {
        this.faults.add(match, fault, times);
    }
    /** Test hook: rewrite the next matching answer's body (before it is validated). */
    tamper(match, fn, times = 1) {
        this.tampers.add(match, fn, times);
    }
    /** Commits `files` on the default branch (the first commit when the repository is empty). */
    async seed(files, message = 'initial', login = this.owner) {
        return (await commitFiles(this.ctx, this.defaultBranch, files, message, login)).sha;
    }
    /** A person's push of one commit to `branch` (created from the default branch if absent). */
    async push(branch, files, message, login) {
        const { sha, before } = await commitFiles(this.ctx, branch, files, message, login);
        const event = await pushEvent(this, branch, before, sha, login);
        return { sha, before, pushPayload: event.payload, event };
    }
    /**
     * `login` pushes one commit to `branch` of their fork `<login>/<repo>` (created from this
     * repository's default branch if absent). A PR from it: `openPull({ head: 'login:branch' })`;
     * its `head.repo` is the fork (`fork: true`). Nothing in this repository moves, and no event.
     */
    async pushFork(login, branch, files, message) {
        return commitFiles(this.ctx, forkRef(login, branch), files, message, login);
    }
    /** A real checkout of a branch, full ref or sha into `dir`; returns HEAD's sha. */
    cloneTo(dir, ref = this.defaultBranch, identity = {
        name: 'github-actions[bot]',
        email: '41898282+github-actions[bot]@users.noreply.github.com',
    }) {
        return cloneTo(this.ctx, dir, ref, identity);
    }
    /** `login` reviews PR `number`; returns the pull_request_review event for the phase gate. */
    async review(number, login, event, opts = {}) {
        const body = opts.body ?? (event === 'APPROVE' ? '' : `${event.toLowerCase()} by ${login}`);
        const rec = await this.ctx.exclusive(() => submitReview(this.ctx, number, login, { event, body, commit_id: opts.commitId }));
        return pullRequestReviewEvent(this, number, rec.id);
    }
    /** `login` presses "Merge"; returns the merge commit and the push event it causes. */
    async merge(number, login, opts = {}) {
        const base = this.ctx.store.pull(number)?.pull?.baseRef ?? this.defaultBranch;
        const before = (await this.ctx.git.refSha(`refs/heads/${base}`)) ?? '';
        const sha = await this.ctx.exclusive(() => mergePull(this.ctx, number, login, { merge_method: opts.method, sha: opts.sha }));
        const event = await pushEvent(this, base, before, sha, login);
        return { sha, pushPayload: event.payload, event };
    }
    /**
     * What GitHub does once an auto-merge PR's requirements pass ("when all required reviews are
     * met and status checks have passed"): merges each open PR with auto-merge enabled whose base
     * rules now pass (no one's bypass counts) and that merges cleanly, as the user who enabled it,
     * with the method they chose. The others stay open, auto-merge still on.
     */
    async completeAutoMerges() {
        const open = [...this.ctx.store.issues.values()].filter((i) => i.state === 'open' && i.pull?.auto_merge);
        const merged = [];
        for (const i of open) {
            const mergeable = (await pullDetail(this.ctx, i)).mergeable;
            if (!mergeable || gateState(await assess(this.ctx, i, null)) !== 'clean')
                continue;
            const { enabled_by, merge_method } = i.pull.auto_merge;
            merged.push({
                number: i.number,
                ...(await this.merge(i.number, enabled_by, { method: merge_method })),
            });
        }
        return merged;
    }
    /** `login` opens a PR from `head` (which must exist) into `base`; returns its number. */
    async openPull(input) {
        const { user, ...rest } = input;
        const rec = await this.ctx.exclusive(() => createPull(this.ctx, user, { base: this.defaultBranch, ...rest }));
        return rec.number;
    }
    /** `user` opens an issue, optionally back-dated (search by created: sees `createdAt`). */
    async openIssue(input) {
        const { user, createdAt, ...rest } = input;
        const at = createdAt?.toISOString().replace(/\.\d{3}Z$/, 'Z');
        return this.ctx.exclusive(async () => createIssue(this.ctx, user, rest, at).number);
    }
    /** `login` comments on issue or PR `number`; returns the comment id. */
    async comment(number, login, body) {
        return this.ctx.exclusive(async () => addComment(this.ctx, number, login, body).id);
    }
    /** The sha a branch (or full ref) points to, or null. */
    refSha(ref) {
        return this.ctx.git.refSha(ref.startsWith('refs/') ? ref : `refs/heads/${ref}`);
    }
    /** A file's text at a branch, ref or sha, or null when absent. */
    async readFile(ref, path) {
        const commit = await this.ctx.git.resolveCommit(ref);
        if (!commit)
            return null;
        const r = await this.ctx.git.git(['cat-file', 'blob', `${commit}:${path}`], { allowFail: true });
        return r.code === 0 ? r.stdout.toString('utf8') : null;
    }
    /** Runs git in the bare repository (log, ls-tree …) for assertions. */
    async gitText(args) {
        return (await this.ctx.git.git(args)).stdout.toString('utf8');
    }
    async close() {
        this.server.closeAllConnections();
        await new Promise((resolve) => this.server.close(() => resolve()));
        await this.ctx.git.dispose();
    }
}
function startEmulator(options) {
    return Emulator.start(options);
}
function routes() {
    const router = new Router();
    for (const register of [
        registerRepos,
        registerCommits,
        registerGit,
        registerPulls,
        registerIssues,
        registerSearch,
        registerGraphql,
    ])
        register(router);
    return router;
}
/**
 * What a validator must know: the operations the emulator answers ([METHOD, OpenAPI path
 * template], POST /graphql included) and the webhook schemas of the events it builds.
 */
function emulatorSurface() {
    return { operations: routes().operations(), webhooks: [...WEBHOOK_SCHEMAS] };
}

;// CONCATENATED MODULE: ./src/emulator/index.ts
/** The loopback GitHub emulator: import everything from here. */






;// CONCATENATED MODULE: ./src/github/branch-commit.ts
/**
 * A branch commit in one request: GraphQL's `createCommitOnBranch` (one write where the Git Data
 * API takes three: tree, commit, ref update), guarded by `expectedHeadOid`, the head the run
 * read. What the head already holds is left out first (its blob ids are read with the head), so a
 * re-run writes nothing. GitHub signs the commit and names the token's owner its author, as it
 * does for Git Data commits made without an author (schema.graphql, `createCommitOnBranch`).
 */


/**
 * One rule for when the mutation serves: its file contents total at most this many bytes.
 * GitHub documents no size limit for the mutation nor for a GraphQL body, only a 10-second
 * timeout; a 1 MiB + 1 byte file has been committed through it live, and tree payloads of a few
 * megabytes have been seen to time out. Past it (a long back-fill), the Git Data API's tree,
 * commit and ref. Modes never decide it: phasegate writes regular files only, which is all the
 * mutation can write (a `FileAddition` is a path and contents).
 */
const ONE_CALL_CONTENT_BYTES = 1024 * 1024;
function fitsOneCall(changes) {
    const bytes = changes.reduce((n, c) => n + (c.content === null ? 0 : Buffer.byteLength(c.content)), 0);
    return bytes <= ONE_CALL_CONTENT_BYTES;
}
/** git's blob id of a text: what the branch's tree names the file by when it holds these bytes. */
function blobOid(text) {
    return (0,external_node_crypto_.createHash)('sha1')
        .update(`blob ${Buffer.byteLength(text)}\0`)
        .update(text)
        .digest('hex');
}
/** The changes the head does not already hold (`oids`: each path's blob at the head, null: absent). */
function unheld(changes, oids) {
    return changes.filter((c) => (c.content === null ? null : blobOid(c.content)) !== (oids[c.path] ?? null));
}
const MUTATION = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } } }`;
/** The commit's sha; throws GitHub's refusal (a moved head: see `isHeadRace`). */
async function commitOnBranch(octokit, repo, branch, expectedHeadOid, message, changes) {
    // The mutation refuses a path given twice: the last change of a path is the one meant (an edit
    // comes after the changes).
    const byPath = [...new Map(changes.map((c) => [c.path, c])).values()];
    const [headline = '', ...rest] = message.split('\n');
    const body = rest.join('\n').replace(/^\n+/, '');
    const data = await octokit.graphql(MUTATION, {
        input: {
            branch: { repositoryNameWithOwner: `${repo.owner}/${repo.name}`, branchName: branch },
            expectedHeadOid,
            message: body ? { headline, body } : { headline },
            fileChanges: {
                additions: byPath.flatMap((c) => c.content === null ? [] : [{ path: c.path, contents: Buffer.from(c.content).toString('base64') }]),
                deletions: byPath.flatMap((c) => (c.content === null ? [{ path: c.path }] : [])),
            },
        },
    });
    return data.createCommitOnBranch.commit.oid;
}
/** A Git Data tree: `baseTree` with `changes` (content inline; null deletes). */
async function createTree(octokit, r, baseTree, changes) {
    const { data } = await octokit.rest.git.createTree({
        ...r,
        base_tree: baseTree,
        tree: changes.map((c) => c.content === null
            ? { path: c.path, mode: '100644', type: 'blob', sha: null }
            : { path: c.path, mode: '100644', type: 'blob', content: c.content }),
    });
    return data.sha;
}
/** A Git Data commit of `tree` on `parent` (GitHub signs it: no author given). */
async function createCommit(octokit, r, message, tree, parent) {
    const { data } = await octokit.rest.git.createCommit({ ...r, message, tree, parents: [parent] });
    return data.sha;
}
/** The Git Data API's three writes, for what exceeds one mutation (see ONE_CALL_CONTENT_BYTES). */
async function commitByTree(octokit, r, branch, head, message, changes) {
    const sha = await createCommit(octokit, r, message, await createTree(octokit, r, head.tree, changes), head.sha);
    await octokit.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha, force: false });
    return sha;
}
/**
 * Someone committed between the read and the write: GraphQL's STALE_DATA ("Expected branch to
 * point to … but it did not"), or the Git Data ref update's 422 "Update is not a fast forward".
 */
function isHeadRace(err) {
    if (err?.errors?.some((e) => e.type === 'STALE_DATA'))
        return true;
    return statusOf(err) === 422 && /fast forward/i.test(messageOf(err));
}
/** A failed write's words: GraphQL's errors with their types (BRANCH_PROTECTION_RULE_VIOLATION), or REST's. */
function writeError(err) {
    const errors = err?.errors;
    if (statusOf(err) !== undefined || !errors?.length)
        return messageOf(err);
    return errors.map((e) => (e.type ? `${e.message ?? ''} (${e.type})` : (e.message ?? ''))).join('; ');
}

;// CONCATENATED MODULE: ./src/github/ref-race.ts
/**
 * A lost ref race: another writer moved the branch between this run's read and its update (the
 * rollouts' jobs of one scheduled run commit to one records branch side by side). Each lost round
 * means another commit landed, so trying again makes progress; the waits are scattered at random,
 * growing with each loss, so writers that collided fall apart instead of colliding again. At most
 * REF_RACE_ATTEMPTS tries, and no wait past the job's deadline.
 */

/** Enough for every job of a 20-rollout run committing at the same instant (the bench's size). */
const REF_RACE_ATTEMPTS = 30;
const STEP_MS = 250;
const MAX_WAIT_MS = 2_000;
class RefRace {
    o;
    constructor(o = {}) {
        this.o = o;
    }
    /** After losing try number `attempt` (from 1): waits, and says whether to try again. */
    async again(attempt) {
        if (attempt >= REF_RACE_ATTEMPTS)
            return false;
        const wait = Math.round((this.o.random ?? Math.random)() * Math.min(STEP_MS * attempt, MAX_WAIT_MS));
        const now = (this.o.now ?? Date.now)();
        if (this.o.deadline !== undefined && now + wait >= this.o.deadline)
            return false;
        await (this.o.sleep ?? retry/* realSleep */.uk)(wait);
        return true;
    }
}

;// CONCATENATED MODULE: ./src/github/run-read-query.ts
const PAGE = 'pageInfo { hasNextPage endCursor }';
// GitHub allows at most 100 labels on an issue or pull request: one page holds them all.
const LABELS = 'labels(first: 100) { nodes { name } }';
const AUTHOR = 'author { __typename login }';
const BLOB = 'object { ... on Blob { oid text isTruncated } }';
const PULL = `number url title body state mergedAt ${AUTHOR} headRefName headRefOid baseRefName isCrossRepository ${LABELS}`;
const REVIEWS = `fullDatabaseId ${AUTHOR} state commit { oid } submittedAt`;
const COMMENTS = `fullDatabaseId body ${AUTHOR}`;
const FILES = 'path changeType';
const run_read_query_ISSUE = `number url title body ${AUTHOR} ${LABELS}`;
/** GraphQL names a bot `github-actions` where REST (and phasegate) say `github-actions[bot]`. */
const loginOf = (a) => (!a ? '' : a.__typename === 'Bot' ? `${a.login}[bot]` : a.login);
const PULL_DETAILS = `
  files(first: 100) { nodes { ${FILES} } ${PAGE} }
  reviews(first: 100) { nodes { ${REVIEWS} } ${PAGE} }
  comments(first: 100) { nodes { ${COMMENTS} } ${PAGE} }
  commits(last: 1) { nodes { commit { status { context(name: $context) { state description } } file(path: $headFile) { ${BLOB} } } } }`;
function run_read_query_document(r) {
    const variables = { changed: r.changed };
    const defs = ['$owner: String!', '$name: String!', '$changed: String!'];
    const files = r.files.map((path, k) => {
        variables[`f${k}`] = path;
        defs.push(`$f${k}: String!`);
        return `f${k}: file(path: $f${k}) { ${BLOB} }`;
    });
    const issues = r.issueLabels.map((label, k) => {
        variables[`l${k}`] = label;
        defs.push(`$l${k}: String!`);
        return `i${k}: issues(states: OPEN, labels: [$l${k}], first: 100) { nodes { ${run_read_query_ISSUE} } ${PAGE} }`;
    });
    let pulls = '';
    if (r.pulls) {
        variables.label = r.pulls.label;
        defs.push('$label: String!');
        const d = r.pulls.details;
        if (d) {
            Object.assign(variables, { context: d.statusContext, headFile: d.file });
            defs.push('$context: String!', '$headFile: String!');
        }
        pulls = `pulls: pullRequests(states: OPEN, labels: [$label], first: 100) {
      nodes { ${PULL} ${d ? PULL_DETAILS : ''} } ${PAGE} }`;
    }
    const query = `query(${defs.join(', ')}) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    defaultBranchRef { name target { ... on Commit {
      ${files.join('\n      ')}
      history(path: $changed, first: 1) { nodes { oid committedDate
        associatedPullRequests(first: 100) { nodes { ${PULL} } } } }
    } } }
    ${pulls}
    ${issues.join('\n    ')}
  }
}`;
    return { query, variables };
}

;// CONCATENATED MODULE: ./src/github/run-read.ts

class RunReader {
    octokit;
    repo;
    botLogin;
    constructor(octokit, repo, 
    /** The bot login the run was given (`bot-login`), for a viewer answered without `[bot]`. */
    botLogin) {
        this.octokit = octokit;
        this.repo = repo;
        this.botLogin = botLogin;
    }
    async ask(query, variables) {
        return this.octokit.graphql(query, { owner: this.repo.owner, name: this.repo.name, ...variables });
    }
    async read(r) {
        const { query, variables } = run_read_query_document(r);
        const data = await this.ask(query, variables);
        const branch = data.repository.defaultBranchRef;
        if (!branch)
            throw new Error(`${this.repo.owner}/${this.repo.name} has no default branch`);
        const files = {};
        for (const [k, path] of r.files.entries())
            files[path] = await this.text(branch.target[`f${k}`] ?? null);
        const change = branch.target.history.nodes[0];
        // viewer is a User: an App's token answers `<slug>[bot]` (fullsend-ai/fullsend#1953). Should
        // it answer the bare slug, as GraphQL names bots elsewhere, the bot login given is that account.
        const viewer = data.viewer.login;
        const identity = `${viewer}[bot]`.toLowerCase() === this.botLogin.toLowerCase() ? this.botLogin : viewer;
        const pulls = r.pulls && data.repository.pulls ? await this.pulls(r.pulls, data.repository.pulls, identity) : [];
        const issues = {};
        for (const [k, label] of r.issueLabels.entries()) {
            const raw = await this.repositoryPages(data.repository[`i${k}`], 'issues', run_read_query_ISSUE, { label }, '');
            issues[label] = raw.map((i) => ({
                number: i.number,
                url: i.url,
                title: i.title,
                body: i.body,
                labels: (i.labels?.nodes ?? []).map((l) => l.name),
                author: loginOf(i.author),
            }));
        }
        return {
            identity,
            defaultBranch: branch.name,
            files,
            lastChange: change
                ? {
                    sha: change.oid,
                    at: Date.parse(change.committedDate),
                    pulls: (change.associatedPullRequests?.nodes ?? []).map((p) => this.pull(p)),
                }
                : null,
            pulls,
            issues,
        };
    }
    /** The open labelled PRs, every page; with details of the token's own. */
    async pulls(want, first, identity) {
        const d = want.details;
        const raw = await this.repositoryPages(first, 'pullRequests', `${PULL} ${d ? PULL_DETAILS : ''}`, d ? { label: want.label, context: d.statusContext, headFile: d.file } : { label: want.label }, d ? ', $context: String!, $headFile: String!' : '');
        // Details only of the token's own PRs (phasegate's proposals): another's costs no more pages.
        const own = (p) => loginOf(p.author).toLowerCase() === identity.toLowerCase();
        const out = [];
        for (const p of raw)
            out.push(d && own(p)
                ? { ...this.pull(p), details: await this.details(p, identity, d.commentMarker) }
                : this.pull(p));
        return out;
    }
    /**
     * A branch's head commit, its tree and first parent, `paths` at it (null: absent) and the blob
     * ids of `idPaths` (null: absent), in one request; null when the branch does not exist.
     */
    async head(branch, paths, idPaths = []) {
        const variables = { ref: `refs/heads/${branch}` };
        const defs = [];
        const fields = (prefix, list, select) => list.map((p, k) => {
            variables[`${prefix}${k}`] = p;
            defs.push(`, $${prefix}${k}: String!`);
            return `${prefix}${k}: file(path: $${prefix}${k}) { ${select} }`;
        });
        const entries = [...fields('e', paths, BLOB), ...fields('o', idPaths, 'oid')].join(' ');
        const data = await this.ask(`query($owner: String!, $name: String!, $ref: String!${defs.join('')}) {
        repository(owner: $owner, name: $name) { ref(qualifiedName: $ref) {
          target { ... on Commit { oid tree { oid } parents(first: 1) { nodes { oid } } ${entries} } } } } }`, variables);
        const target = data.repository.ref?.target;
        if (!target)
            return null;
        const files = {};
        for (const [k, path] of paths.entries())
            files[path] = await this.text(target[`e${k}`] ?? null);
        const oids = {};
        for (const [k, path] of idPaths.entries())
            oids[path] = target[`o${k}`]?.oid ?? null;
        return { sha: target.oid, tree: target.tree.oid, parent: target.parents.nodes[0]?.oid, files, oids };
    }
    /** A blob's text; past GraphQL's cut (`isTruncated`), the whole blob through REST. */
    async text(entry) {
        const blob = entry?.object;
        if (!blob || blob.text === null)
            return null;
        if (!blob.isTruncated)
            return blob.text;
        const { data } = await this.octokit.rest.git.getBlob({
            owner: this.repo.owner,
            repo: this.repo.name,
            file_sha: blob.oid,
        });
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
    pull(p) {
        return {
            number: p.number,
            url: p.url,
            title: p.title,
            body: p.body,
            state: p.state === 'OPEN' ? 'open' : 'closed',
            merged: p.mergedAt !== null,
            mergedAt: p.mergedAt ? Date.parse(p.mergedAt) : null,
            author: loginOf(p.author),
            headRef: p.headRefName,
            headSha: p.headRefOid,
            baseRef: p.baseRefName,
            labels: (p.labels?.nodes ?? []).map((l) => l.name),
            fromFork: p.isCrossRepository,
        };
    }
    async details(p, identity, marker) {
        const me = identity.toLowerCase();
        const files = await this.pullPages(p.files, p.number, 'files', FILES);
        // GraphQL names a renamed file by its new path only: ask REST for both, as the gate reads both.
        const renamed = files.some((f) => f.changeType === 'RENAMED');
        const reviews = await this.pullPages(p.reviews, p.number, 'reviews', REVIEWS);
        const isVerdict = (c) => loginOf(c.author).toLowerCase() === me && c.body.includes(marker);
        const comments = await this.pullPages(p.comments, p.number, 'comments', COMMENTS, (c) => c.some(isVerdict));
        const head = p.commits?.nodes[0]?.commit;
        const status = head?.status?.context ?? null;
        return {
            files: renamed ? await this.restFiles(p.number) : files.map((f) => f.path),
            headFile: await this.text(head?.file ?? null),
            reviews: reviews.map((v) => ({
                id: Number(v.fullDatabaseId ?? 0),
                user: v.author ? { login: loginOf(v.author) } : null,
                state: v.state,
                commit_id: v.commit?.oid ?? null,
                submitted_at: v.submittedAt,
            })),
            status: status ? { state: status.state.toLowerCase(), description: status.description ?? '' } : null,
            comments: comments.map((c) => ({ id: Number(c.fullDatabaseId ?? 0), body: c.body, author: loginOf(c.author) })),
        };
    }
    async restFiles(number) {
        const data = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
            owner: this.repo.owner,
            repo: this.repo.name,
            pull_number: number,
            per_page: 100,
        });
        return data.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
    }
    /** A PR's connection (`files`, `reviews`, `comments`), every page or until `enough` says so. */
    pullPages(first, number, field, select, enough) {
        return this.allPages(first, async (after) => (await this.ask(`query($owner: String!, $name: String!, $number: Int!, $after: String) {
          repository(owner: $owner, name: $name) { pullRequest(number: $number) {
            ${field}(first: 100, after: $after) { nodes { ${select} } ${PAGE} } } } }`, { number, after })).repository.pullRequest[field], enough);
    }
    /** An open, labelled repository connection (`pullRequests`, `issues`), every page. */
    repositoryPages(first, field, select, variables, moreDefs) {
        return this.allPages(first, async (after) => (await this.ask(`query($owner: String!, $name: String!, $label: String!${moreDefs}, $after: String) {
          repository(owner: $owner, name: $name) {
            ${field}(states: OPEN, labels: [$label], first: 100, after: $after) { nodes { ${select} } ${PAGE} } } }`, { ...variables, after })).repository[field]);
    }
    /** A connection's nodes from its first page on, while it has a next page and `enough` is not met. */
    async allPages(first, next, enough = () => false) {
        const out = [...first.nodes];
        let page = first.pageInfo;
        while (page.hasNextPage && !enough(out)) {
            const conn = await next(page.endCursor);
            out.push(...conn.nodes);
            page = conn.pageInfo;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/github/shapes.ts
const shapes_labelNames = (labels) => labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
/** `repository` is owner/name: a head branch in another repository is a fork. */
function pullOf(p, repository) {
    return {
        number: p.number,
        url: p.html_url,
        title: p.title,
        body: p.body ?? '',
        state: p.state === 'open' ? 'open' : 'closed',
        merged: Boolean(p.merged_at),
        mergedAt: p.merged_at ? Date.parse(p.merged_at) : null,
        author: p.user?.login ?? '',
        headRef: p.head.ref,
        headSha: p.head.sha,
        baseRef: p.base.ref,
        labels: shapes_labelNames(p.labels),
        fromFork: (p.head.repo?.full_name ?? '').toLowerCase() !== repository.toLowerCase(),
    };
}
function issueOf(i) {
    return {
        number: i.number,
        url: i.html_url,
        title: i.title,
        body: i.body ?? '',
        labels: shapes_labelNames(i.labels),
        author: i.user?.login ?? '',
    };
}

;// CONCATENATED MODULE: ./src/github/forge.ts





class ForgeError extends Error {
}
class GitHubForge {
    octokit;
    fallbackIdentity;
    race;
    repo;
    me;
    defaultRef;
    reader;
    constructor(octokit, repository, fallbackIdentity, race = new RefRace()) {
        this.octokit = octokit;
        this.fallbackIdentity = fallbackIdentity;
        this.race = race;
        const [owner, name] = repository.split('/');
        if (!owner || !name)
            throw new ForgeError(`GITHUB_REPOSITORY "${repository}" is not owner/name`);
        this.repo = { owner, name };
        this.reader = new RunReader(octokit, this.repo, fallbackIdentity);
    }
    async readRun(request) {
        const read = await this.reader.read(request);
        this.me ??= read.identity;
        this.defaultRef ??= read.defaultBranch;
        return read;
    }
    pullOf(p) {
        return pullOf(p, `${this.repo.owner}/${this.repo.name}`);
    }
    get r() {
        return { owner: this.repo.owner, repo: this.repo.name };
    }
    async identity() {
        if (this.me)
            return this.me;
        try {
            this.me = (await this.octokit.rest.users.getAuthenticated()).data.login;
        }
        catch (err) {
            // GITHUB_TOKEN and App installation tokens may not read /user: they act as a bot login.
            if (statusOf(err) !== 403)
                throw err;
            this.me = this.fallbackIdentity;
        }
        return this.me;
    }
    async defaultBranch() {
        this.defaultRef ??= (await this.octokit.rest.repos.get(this.r)).data.default_branch;
        return this.defaultRef;
    }
    async commitFiles(branch, changes, message, edits = []) {
        if (!changes.length && !edits.length)
            return null;
        const paths = edits.map((e) => e.path);
        const ids = changes.map((c) => c.path);
        for (let attempt = 1;; attempt++) {
            // The head, the edited files and the changed files' blob ids in one request (GraphQL),
            // read again after a race.
            let head = await this.reader.head(branch, paths, ids);
            if (!head) {
                const base = await this.reader.head(await this.defaultBranch(), paths, ids);
                if (!base)
                    throw new ForgeError('the repository has no default branch to start from');
                await this.createRef(branch, base.sha);
                head = base;
            }
            const files = head.files;
            const edited = edits.flatMap((e) => {
                const before = files[e.path] ?? null;
                const after = e.edit(before);
                return after === before ? [] : [{ path: e.path, content: after }];
            });
            // Only what the head does not hold: a re-run that changes nothing writes nothing.
            const all = [...unheld(changes, head.oids), ...edited];
            if (!all.length)
                return null;
            try {
                const sha = fitsOneCall(all)
                    ? await commitOnBranch(this.octokit, this.repo, branch, head.sha, message, all)
                    : await commitByTree(this.octokit, this.r, branch, head, message, all);
                return { sha };
            }
            catch (err) {
                if (isHeadRace(err) && (await this.race.again(attempt)))
                    continue;
                throw new ForgeError(protectedBranchHint(branch, writeError(err), statusOf(err)));
            }
        }
    }
    /** Creates `branch` at `sha`; false when it already exists (another run, or an earlier attempt, made it). */
    async createRef(branch, sha) {
        try {
            await this.octokit.rest.git.createRef({ ...this.r, ref: `refs/heads/${branch}`, sha });
            return true;
        }
        catch (err) {
            if (!(statusOf(err) === 422 && /already exists/i.test(messageOf(err))))
                throw err;
            return false;
        }
    }
    async proposalBranch(branch, base, changes, message) {
        const baseHead = await this.reader.head(base, []);
        if (!baseHead)
            throw new ForgeError(`branch "${base}" does not exist`);
        const existing = await this.reader.head(branch, []);
        // A new branch: made at the base, then its one commit (createCommitOnBranch), two writes. If
        // another run moved it meanwhile, the re-pointing below settles it as for an existing one.
        if (!existing && fitsOneCall(changes) && (await this.createRef(branch, baseHead.sha))) {
            try {
                const sha = await commitOnBranch(this.octokit, this.repo, branch, baseHead.sha, message, changes);
                return { sha, changed: true };
            }
            catch (err) {
                if (!isHeadRace(err))
                    throw err;
            }
        }
        const tree = await createTree(this.octokit, this.r, baseHead.tree, changes);
        // The branch already carries exactly this change on the current base: nothing to do.
        if (existing && existing.tree === tree && existing.parent === baseHead.sha) {
            return { sha: existing.sha, changed: false };
        }
        const sha = await createCommit(this.octokit, this.r, message, tree, baseHead.sha);
        // phasegate's own proposal branch: re-pointing it at a fresh commit on the base keeps the PR one
        // clean edit of current.yaml. Window record branches are never forced.
        if (existing || !(await this.createRef(branch, sha)))
            await this.octokit.rest.git.updateRef({ ...this.r, ref: `heads/${branch}`, sha, force: true });
        return { sha, changed: true };
    }
    async readFile(path, ref) {
        try {
            const { data } = await this.octokit.rest.repos.getContent({ ...this.r, path, ref });
            if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
                return null;
            if (data.size > 0 && !data.content) {
                // Over 1 MB the contents API leaves the content out (a month's Runbook may grow so): the blob has it.
                const blob = await this.octokit.rest.git.getBlob({ ...this.r, file_sha: data.sha });
                return Buffer.from(blob.data.content, 'base64').toString('utf8');
            }
            return Buffer.from(data.content, 'base64').toString('utf8');
        }
        catch (err) {
            if (statusOf(err) === 404)
                return null;
            throw err;
        }
    }
    async lastChange(path, ref) {
        const { data } = await this.octokit.rest.repos.listCommits({ ...this.r, sha: ref, path, per_page: 1 });
        const c = data[0];
        const date = c?.commit.committer?.date;
        return c && date ? { sha: c.sha, at: Date.parse(date) } : null;
    }
    async pullFiles(number) {
        const data = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
            ...this.r,
            pull_number: number,
            per_page: 100,
        });
        // A rename moves two paths: moving current.yaml away changes it as much as editing it.
        return data.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
    }
    async findOpenPull(branch) {
        const { data } = await this.octokit.rest.pulls.list({
            ...this.r,
            state: 'open',
            head: `${this.repo.owner}:${branch}`,
        });
        return data[0] ? this.pullOf(data[0]) : null;
    }
    async openPulls(label) {
        const data = await this.octokit.paginate(this.octokit.rest.pulls.list, {
            ...this.r,
            state: 'open',
            per_page: 100,
        });
        return data.map((p) => this.pullOf(p)).filter((p) => p.labels.includes(label));
    }
    async getPull(number) {
        const { data } = await this.octokit.rest.pulls.get({ ...this.r, pull_number: number });
        return this.pullOf(data);
    }
    async createPull(p) {
        try {
            const { data } = await this.octokit.rest.pulls.create({
                ...this.r,
                head: p.branch,
                base: p.base,
                title: p.title,
                body: p.body,
            });
            return this.pullOf(data);
        }
        catch (err) {
            const text = messageOf(err);
            // Another run (or a retried attempt of this one) opened it first: adopt that PR.
            if (statusOf(err) === 422 && /already exists/i.test(text)) {
                const found = await this.findOpenPull(p.branch);
                if (found)
                    return found;
            }
            if (statusOf(err) === 403 && /not permitted to create or approve pull requests/i.test(text)) {
                throw new ForgeError(`${text}. Enable "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General), or use an App token (docs/setup.md)`);
            }
            throw err;
        }
    }
    async updatePull(number, p) {
        await this.octokit.rest.pulls.update({ ...this.r, pull_number: number, ...p });
    }
    async addLabels(number, labels) {
        if (labels.length)
            await this.octokit.rest.issues.addLabels({ ...this.r, issue_number: number, labels });
    }
    async requestReviewers(number, reviewers) {
        const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.split('/')[1]);
        const users = reviewers.filter((r) => !r.includes('/'));
        if (!teams.length && !users.length)
            return null;
        try {
            await this.octokit.rest.pulls.requestReviewers({
                ...this.r,
                pull_number: number,
                reviewers: users,
                team_reviewers: teams,
            });
            return null;
        }
        catch (err) {
            // A reviewer who is not a collaborator is a policy problem, not a reason to fail the run.
            if (statusOf(err) === 422)
                return messageOf(err);
            throw err;
        }
    }
    async mergePull(number, sha, title) {
        const { data } = await this.octokit.rest.pulls.merge({
            ...this.r,
            pull_number: number,
            sha,
            merge_method: 'merge',
            commit_title: title,
        });
        return { sha: data.sha };
    }
    async pullsForCommit(sha) {
        const { data } = await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
            ...this.r,
            commit_sha: sha,
        });
        return data.map((p) => this.pullOf(p));
    }
    async reviews(number) {
        return (await this.octokit.paginate(this.octokit.rest.pulls.listReviews, {
            ...this.r,
            pull_number: number,
            per_page: 100,
        }));
    }
    async teamMembers(team) {
        const [org, slug] = team.split('/');
        const data = await this.octokit.paginate(this.octokit.rest.teams.listMembersInOrg, {
            org: org,
            team_slug: slug,
            per_page: 100,
        });
        return data.map((m) => m.login);
    }
    async comments(issue) {
        const data = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
            ...this.r,
            issue_number: issue,
            per_page: 100,
        });
        return data.map((c) => ({ id: c.id, body: c.body ?? '', author: c.user?.login ?? '' }));
    }
    async createComment(issue, body) {
        const { data } = await this.octokit.rest.issues.createComment({ ...this.r, issue_number: issue, body });
        return { id: data.id, body: data.body ?? '', author: data.user?.login ?? '' };
    }
    async updateComment(id, body) {
        await this.octokit.rest.issues.updateComment({ ...this.r, comment_id: id, body });
    }
    async setStatus(sha, s) {
        await this.octokit.rest.repos.createCommitStatus({
            ...this.r,
            sha,
            state: s.state,
            context: s.context,
            description: s.description.slice(0, 140),
            target_url: s.url,
        });
    }
    async getStatus(sha, context) {
        const { data } = await this.octokit.rest.repos.getCombinedStatusForRef({
            ...this.r,
            ref: sha,
            per_page: 100,
        });
        const s = data.statuses.find((x) => x.context === context);
        return s ? { state: s.state, description: s.description ?? '' } : null;
    }
    async findIssues(label) {
        const data = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
            ...this.r,
            state: 'open',
            labels: label,
            per_page: 100,
        });
        return data.filter((i) => !i.pull_request).map((i) => issueOf(i));
    }
    async createIssue(i) {
        const { data } = await this.octokit.rest.issues.create({ ...this.r, ...i });
        return issueOf(data);
    }
    async updateIssue(number, i) {
        await this.octokit.rest.issues.update({ ...this.r, issue_number: number, ...i });
    }
    async pinIssue(number) {
        const { data } = await this.octokit.rest.issues.get({ ...this.r, issue_number: number });
        await this.octokit.graphql('mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { number } } }', { id: data.node_id });
    }
}

;// CONCATENATED MODULE: ./src/demo/github-world.ts
/**
 * The demo's stage: the loopback GitHub emulator (in-process, on the simulated clock) holding a
 * real git repository with the reference rollout, a checkout of it, the bot's forge, and the
 * people of the plan (the Analyzer alice, a CODEOWNER of phases/; the Reporter autosave-po).
 * The emulator (src/emulator) runs here without a validator: checking its answers against
 * GitHub's API descriptions is the tests' business, and needs devDependencies.
 */








const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const BOT = 'github-actions[bot]';
const PEOPLE = { analyst: 'alice', reporter: 'autosave-po' };
const TOKENS = { bot: 'demo-bot-token', alice: 'demo-alice-token', po: 'demo-po-token' };
/**
 * The folder holding phases/ and docs/CHECKLIST.md: the package root beside the bundle
 * (dist/cli.js → ..), or the working directory (npm start runs in the repository).
 */
function findRepositoryRoot() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const candidates = [(0,external_node_path_.resolve)(here, '..'), (0,external_node_path_.resolve)(here, '..', '..'), process.cwd()];
    const root = candidates.find((d) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, 'phases', 'rollout.yaml')) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, 'docs', 'CHECKLIST.md')));
    if (!root) {
        throw new Error(`phasegate demo --github needs phasegate's phases/ and docs/CHECKLIST.md; none found in ${candidates.join(', ')}: run it from the phasegate repository (npm start)`);
    }
    return root;
}
/** The demo repository's files: phases/ (with templates), the QA checklist, CODEOWNERS. */
function demoRepositoryFiles(root) {
    const files = {};
    const phases = (0,external_node_path_.join)(root, 'phases');
    for (const e of (0,external_node_fs_.readdirSync)(phases, { withFileTypes: true })) {
        if (e.isFile())
            files[`phases/${e.name}`] = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(phases, e.name), 'utf8');
    }
    const templates = (0,external_node_path_.join)(phases, 'templates');
    if ((0,external_node_fs_.existsSync)(templates)) {
        for (const name of (0,external_node_fs_.readdirSync)(templates))
            files[`phases/templates/${name}`] = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(templates, name), 'utf8');
    }
    files['docs/CHECKLIST.md'] = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, 'docs', 'CHECKLIST.md'), 'utf8');
    files['.github/CODEOWNERS'] = `# The Analyzers own the phase files.\n/phases/ @${PEOPLE.analyst}\n`;
    return files;
}
async function startDemoWorld(o) {
    const gh = await startEmulator({
        owner: 'acme',
        repo: 'app',
        tokens: {
            // GITHUB_TOKEN with what the example workflows grant (.github/workflows/*.yml).
            [TOKENS.bot]: {
                kind: 'github-actions',
                permissions: { contents: 'write', 'pull-requests': 'write', issues: 'write', statuses: 'write' },
            },
            [TOKENS.alice]: { kind: 'person', login: PEOPLE.analyst },
            [TOKENS.po]: { kind: 'person', login: PEOPLE.reporter },
        },
        clock: () => new Date(o.clock()),
    });
    await gh.seed(o.files, 'Start the autosave rollout at A-0', PEOPLE.analyst);
    await gh.cloneTo(o.workspace);
    const warn = (line) => process.stderr.write(`warning: ${line}\n`);
    const client = (token) => createClient({ token, baseUrl: gh.url, log: warn, sleep: async () => { } });
    const forge = new GitHubForge(client(TOKENS.bot), `${gh.owner}/${gh.repo}`, BOT);
    const byLogin = { [PEOPLE.analyst]: TOKENS.alice, [PEOPLE.reporter]: TOKENS.po };
    return {
        gh,
        forge,
        as: (login) => client(byLogin[login] ?? TOKENS.alice),
        git: async (args) => (await run('git', args, { cwd: o.workspace })).stdout,
    };
}

// EXTERNAL MODULE: ./src/demo/scenario.ts
var scenario = __webpack_require__(4965);
;// CONCATENATED MODULE: ./src/demo/github-demo.ts
/**
 * `phasegate demo --github`: the whole product on a fresh machine, no GitHub. A loopback GitHub
 * (src/emulator, on a simulated clock) holds a real repository with the reference rollout; the
 * replay (src/simulate/replay.ts) drives the loop through the GitHub interpreter every simulated
 * 15 minutes, and the people act as GitHub users: the Analyzer approves advances and ticks the QA
 * checklist an hour after a PR opens, the Reporter approves the rollback, and each merge's push
 * runs apply (Slack text, lock notice, RCA issue).
 *
 * Window records come from scenarioRecords (a large app's volume; see scenario.ts for why not
 * JSONL) and are committed to a data branch every 6 hours, so main's history is the phase
 * changes alone. A scheduled run that would only hold is decided in memory with the same
 * evaluate() (one a day still runs on GitHub), so 1,440 schedules fit in well under a minute.
 */





















const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DATA_BRANCH = 'phasegate-data';
const DATA_DIR = '.phasegate-data';
const RECORDS = 'reports/monitoring';
/** The scheduled workflow's cron is '7-59/15 * * * *': each run starts 7 minutes into a window. */
const CRON_OFFSET = 7 * MINUTE;
/** Windows per records commit: every 6 hours, not every run, to keep git and GitHub calls low. */
const PUBLISH_EVERY = 24;
/** Log lines too routine for the timeline. */
const QUIET = [
    /^(hold|complete): no proposal/,
    / is open: /,
    /phasegate\/verdict/,
    /verdict comment/,
    /dashboard issue/,
    /window record/,
    /labelled phasegate:applied/,
    /daily note/,
    /merging at once/,
];
async function githubDemoCommand(o) {
    const out = o.out ?? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'phasegate-demo-'));
    (0,external_node_fs_.mkdirSync)(out, { recursive: true });
    const workspace = (0,external_node_path_.join)(out, 'app');
    const clock = { now: scenario/* SCENARIO */.h5.start };
    const world = await startDemoWorld({
        clock: () => clock.now,
        files: demoRepositoryFiles(findRepositoryRoot()),
        workspace,
    });
    try {
        const demo = new Demo(world, workspace, clock, o.log, o.windows);
        const completed = await demo.play();
        return { ...(await demo.finish(out, completed)), completed };
    }
    finally {
        await world.gh.close();
    }
}
/** One demo run: the stage on the loopback GitHub, the timeline it prints, what it ends with. */
class Demo {
    world;
    workspace;
    clock;
    print;
    policy;
    ctx;
    records;
    end;
    phases;
    decisions = [];
    live = {
        phase: 'A-0',
        since: scenario/* SCENARIO */.h5.start,
    };
    written = 0;
    unpublished = [];
    lastDay = '';
    lastDashboard = -1;
    constructor(world, workspace, clock, print, windows) {
        this.world = world;
        this.workspace = workspace;
        this.clock = clock;
        this.print = print;
        this.policy = (0,policy_dir/* loadPolicyDir */.yD)((0,external_node_path_.join)(workspace, 'phases')).policy;
        this.ctx = {
            forge: world.forge,
            notifier: new recording/* RecordingNotifier */.Q(),
            clock: manualClock(() => clock.now),
            workspace: new DirectoryWorkspace(workspace),
            log: {
                info: (line) => (QUIET.some((q) => q.test(line)) ? undefined : this.say(line)),
                warn: (line) => this.say(`warning: ${line}`),
            },
            config: 'phases',
            records: `${DATA_DIR}/${RECORDS}`,
            recordsBranch: DATA_BRANCH,
            dryRun: false,
            actor: BOT,
        };
        this.records = (0,scenario/* scenarioRecords */.$u)(this.policy).slice(0, windows);
        this.end = this.records.at(-1).end;
        this.phases = [{ phase: 'A-0', from: scenario/* SCENARIO */.h5.start, to: this.end }];
    }
    stamp(t) {
        const tz = this.policy.timezone;
        return `${(0,calendar/* localDate */.gD)(t, tz)} ${(0,calendar/* localTime */.HJ)(t, tz)}`;
    }
    say(line) {
        this.print(`[${this.stamp(this.clock.now)}] ${line.replace(/\n/g, '\n    ')}\n`);
    }
    /** The replay on the loopback GitHub; true when the rollout completed. */
    async play() {
        const { gh } = this.world;
        this.print(`phasegate demo: the reference rollout on a loopback GitHub at ${gh.url} (${gh.owner}/${gh.repo}), simulated from ${this.stamp(scenario/* SCENARIO */.h5.start)} ${this.policy.timezone}, a run every 15 minutes; the people approve 1 h after a PR opens\n`);
        const stage = githubStage({
            gh,
            ctx: this.ctx,
            policy: this.policy,
            setClock: (t) => {
                this.clock.now = t;
            },
            approver: (kind) => (kind === 'rollback' ? PEOPLE.reporter : PEOPLE.analyst),
            as: this.world.as,
            sync: () => this.sync(),
        });
        const approve = stage.approve;
        stage.approve = async (pull) => {
            const login = await approve(pull);
            this.say(`@${login} approved #${pull.number}${pull.kind === 'rollback' ? '' : ' and ticked its QA checklist'}`);
            return login;
        };
        const at = stage.at;
        stage.at = async (t) => {
            await at(t);
            await this.collect(stage, t);
        };
        stage.skip = (t) => this.skip(stage, t);
        let completed = false;
        await (0,replay/* replay */.e)(stage, {
            policy: this.policy,
            from: scenario/* SCENARIO */.h5.start,
            to: this.end + CRON_OFFSET,
            approveAfterMs: HOUR,
            cronOffsetMs: CRON_OFFSET,
            log: this.ctx.log,
            onRun: async (run) => {
                completed ||= await this.onRun(run);
            },
            onMerge: ({ pull, by }) => this.say(`@${by} merged #${pull.number}: phasegate/verdict is green`),
        });
        this.phases.at(-1).to = this.clock.now;
        return completed;
    }
    /**
     * The collect step of each scheduled run: the windows that ended are on disk, and every 6 hours
     * they are committed to the data branch through the loop's records rule.
     */
    async collect(stage, t) {
        const dir = (0,external_node_path_.join)(this.workspace, DATA_DIR, RECORDS);
        while (this.written < this.records.length && this.records[this.written].end <= t) {
            const [file] = await (0,record_files/* writeRecords */.Wh)(dir, [this.records[this.written++]]);
            this.unpublished.push({
                path: (0,external_node_path_.relative)((0,external_node_path_.join)(this.workspace, DATA_DIR), file.path).split('\\').join('/'),
                content: (0,external_node_fs_.readFileSync)(file.path, 'utf8'),
            });
        }
        await this.recheck(dir, t);
        const last = this.written === this.records.length;
        if (this.unpublished.length >= PUBLISH_EVERY || (last && this.unpublished.length)) {
            const files = this.unpublished;
            this.unpublished = [];
            const trigger = { command: 'collect', files, upTo: t - CRON_OFFSET, branch: DATA_BRANCH };
            await (0,run_loop/* runLoop */.y)(stage.world, trigger, this.ctx.log);
        }
    }
    /**
     * The collect step's second read of a breach (the plan's §3.3, commands/confirm.ts): the
     * scenario's records are what any re-read gives, so a breach is confirmed as the Action's
     * collect would confirm it. Only when a rule fires on the windows in memory, so a quiet run
     * reads nothing from disk.
     */
    async recheck(dir, t) {
        const { policy, live } = this;
        const from = (0,lookback/* lookbackStart */.fe)(policy, (0,model/* phaseById */.K6)(policy, live.phase), live.since, t, live.started);
        const records = this.records.slice(0, this.written).filter((r) => r.start >= from);
        if (!(0,decide/* evaluate */._)({ policy, ...live, records, at: t }).rules.some((r) => r.fired))
            return;
        const result = await (0,commands_confirm/* recheckBreaches */.h)({
            policy,
            live,
            output: dir,
            now: t,
            horizon: t - 24 * HOUR,
            log: () => { },
            recollect: async (starts) => this.records.filter((r) => starts.includes(r.start)),
        });
        for (const file of result?.files ?? []) {
            const path = (0,external_node_path_.relative)((0,external_node_path_.join)(this.workspace, DATA_DIR), file).split('\\').join('/');
            this.unpublished = this.unpublished.filter((f) => f.path !== path);
            this.unpublished.push({ path, content: (0,external_node_fs_.readFileSync)(file, 'utf8') });
        }
    }
    /**
     * A scheduled run that would only re-read a hold is decided in memory with the same evaluate()
     * (one a day still runs on GitHub); the dashboard is refreshed every 6 hours, local time.
     */
    async skip(stage, t) {
        const { policy, live } = this;
        const hour = (t - CRON_OFFSET) / HOUR;
        if (Number.isInteger(hour) &&
            Number((0,calendar/* localTime */.HJ)(t, policy.timezone).slice(0, 2)) % 6 === 0 &&
            hour !== this.lastDashboard) {
            this.lastDashboard = hour;
            await statusCommand(this.ctx);
        }
        if ((0,calendar/* localDate */.gD)(t, policy.timezone) !== this.lastDay || (await stage.openPulls()).length)
            return false;
        const from = (0,lookback/* lookbackStart */.fe)(policy, (0,model/* phaseById */.K6)(policy, live.phase), live.since, t, live.started);
        const records = this.records.slice(0, this.written).filter((r) => r.start >= from);
        return (0,decide/* evaluate */._)({ policy, ...live, records, at: t }).decision.action === 'hold';
    }
    /** The timeline: a line a day, phase changes, the completion. True when the rollout completed. */
    async onRun({ at, trigger, result }) {
        const tz = this.policy.timezone;
        const d = result.plan.evaluation.decision;
        if (trigger.command === 'propose' && (0,calendar/* localDate */.gD)(at, tz) !== this.lastDay) {
            this.lastDay = (0,calendar/* localDate */.gD)(at, tz);
            this.say(`${result.facts.live.phase}: ${d.action}${d.to ? ` → ${d.to}` : ''} (${d.reasons[0]})`);
        }
        // The last pass read the phase after this run's merges.
        const after = result.passes.at(-1).facts.live;
        if (after.phase !== this.live.phase || after.since !== this.live.since) {
            const by = after.entered?.by ?? 'manual';
            this.phases.at(-1).to = after.since;
            this.phases.push({ phase: after.phase, from: after.since, to: this.end });
            this.decisions.push({
                at: after.since,
                action: by === 'manual' ? 'advance' : by,
                from: this.live.phase,
                to: after.phase,
            });
            Object.assign(this.live, {
                phase: after.phase,
                since: after.since,
                entered: after.entered,
                started: after.started,
            });
            this.say(by === 'rollback'
                ? `${after.phase} is live again: the rollout will restart from ${this.policy.recovery?.restart ?? after.phase} once the recovery watch confirms improvement`
                : `${after.phase} is live`);
        }
        if (d.action !== 'complete')
            return false;
        this.decisions.push({
            at,
            action: 'complete',
            from: result.facts.live.phase,
            to: null,
            reason: d.reasons[0],
        });
        this.say(`rollout complete: ${d.reasons[0]}`);
        await statusCommand(this.ctx);
        return true;
    }
    async sync() {
        await this.world.git(['fetch', '--quiet', 'origin', '+refs/heads/main:refs/remotes/origin/main']);
        await this.world.git(['reset', '--quiet', '--hard', 'refs/remotes/origin/main']);
    }
    /** The HTML report and the repository's history. */
    async finish(out, completed) {
        const report = (0,external_node_path_.join)(out, 'report.html');
        const { policy, records, phases, decisions } = this;
        (0,external_node_fs_.writeFileSync)(report, (0,report_html/* renderReportHtml */.Y)(demoReportInput({ policy, records, phases, decisions, generatedAt: this.clock.now })));
        await this.world.git(['fetch', '--quiet', 'origin', '+refs/heads/*:refs/remotes/origin/*']);
        await this.sync();
        const gitLog = await this.world.git(['log', '--oneline', '--first-parent', 'main']);
        // The Runbook's commits (daily records, announced changes) share the branch: count the records'.
        const commits = (await this.world.git([
            'rev-list',
            '--count',
            '--grep=window record',
            `refs/remotes/origin/${DATA_BRANCH}`,
        ])).trim();
        this.print(`\n${completed ? 'completed' : 'NOT completed'}; ${commits} window record commits on ${DATA_BRANCH}\n`);
        this.print(`HTML report: ${report}\n`);
        this.print(`demo repository (a checkout): ${this.workspace}\n\ngit log --oneline --first-parent main:\n${gitLog}`);
        return { report, repository: this.workspace, gitLog };
    }
}


/***/ }),

/***/ 4965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ scenarioRecords),
/* harmony export */   h5: () => (/* binding */ SCENARIO)
/* harmony export */ });
/* unused harmony exports diurnal, restoreSuccessAt, scenarioTrace, scenarioWindows */
/* harmony import */ var _telemetry_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4014);
/* harmony import */ var _trace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8938);


const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse('2026-11-16T00:00:00Z');
const SCENARIO = {
    seed: 20261116,
    /** Monday 2026-11-16 09:00 in Tokyo: the rollout starts at A-0. */
    start: START,
    end: START + 15 * DAY,
    days: 15,
    /**
     * Restore failures while A-2 is live: A-2 begins about 50 h in (A-0 and A-1 soak 24 h each, an
     * hour of approval after each), so this starts 6 h into beta and ends as the rollback (immediate,
     * the plan's 即時実行) turns the feature off for beta.
     */
    regression: {
        from: Date.parse('2026-11-18T08:00:00Z'),
        to: Date.parse('2026-11-18T08:30:00Z'),
        restoreSuccess: 0.95,
    },
    healthy: {
        latency: { p50Ms: 650, p95Ms: 1700 },
        restoreSuccess: 0.998,
        autoMerge: 0.92,
        /** Share of bug reports that are critical. */
        critical: 0.01,
        crashesPerSession: 0.0286,
    },
    /** Events per 15-minute window at the daily peak (scenarioRecords). */
    perWindow: { saves: 600, restores: 5000, merges: 2000, sessions: 1_000_000, bugs: 0.75 },
};
/** Share of the daily peak at instant t: quiet at night in Tokyo, busy in the afternoon. */
function diurnal(t) {
    const hour = ((((t + 9 * HOUR) % DAY) + DAY) % DAY) / HOUR;
    return 0.7 - 0.3 * Math.cos(((hour - 3) / 24) * 2 * Math.PI);
}
function restoreSuccessAt(t) {
    const r = SCENARIO.regression;
    return t >= r.from && t < r.to ? r.restoreSuccess : SCENARIO.healthy.restoreSuccess;
}
/** Options for traceLines()/traceChunks(): the same profiles as JSONL events. */
function scenarioTrace(o = {}) {
    return {
        seed: o.seed ?? SCENARIO.seed,
        from: o.from ?? SCENARIO.start,
        to: o.to ?? SCENARIO.end,
        ratePerMinute: o.ratePerMinute ?? 40,
        latency: latencySteps(SCENARIO.healthy.latency, []),
        restoreSuccess: (t) => restoreSuccessAt(t),
        autoMerge: SCENARIO.healthy.autoMerge,
        critical: SCENARIO.healthy.critical,
    };
}
/**
 * One report per window of [from, to) (default: the whole scenario), every SLI of the reference
 * rollout filled from the profiles with seeded sampling noise; other SLIs of `policy` are empty.
 */
function scenarioRecords(policy, o = {}) {
    return [...scenarioWindows(policy, o)];
}
/** scenarioRecords() one window at a time, in order: a long trace need not be held whole. */
function* scenarioWindows(policy, o = {}) {
    const from = o.from ?? SCENARIO.start;
    const to = o.to ?? SCENARIO.end;
    const w = policy.windowMs;
    const rnd = new Noise(o.seed ?? SCENARIO.seed);
    const h = SCENARIO.healthy;
    for (let start = from; start + w <= to; start += w) {
        const mid = start + w / 2;
        const volume = diurnal(mid) * (o.scale ?? 1) * (w / (15 * 60_000));
        const n = (k) => Math.max(1, Math.round(SCENARIO.perWindow[k] * volume));
        const slis = new Map();
        for (const [id, def] of Object.entries(policy.slis))
            slis.set(id, (0,_telemetry_record_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyAggregate */ .pO)(def.kind));
        const saves = n('saves');
        const latency = (0,_telemetry_record_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyAggregate */ .pO)('latency');
        if (latency.kind === 'latency') {
            const sigma = Math.log(h.latency.p95Ms / h.latency.p50Ms) / 1.6448536269514722;
            for (let i = 0; i < saves; i++) {
                const v = Math.max(1, Math.round(h.latency.p50Ms * Math.exp(sigma * rnd.gauss())));
                latency.count++;
                latency.sum += v;
                latency.min = latency.min === null ? v : Math.min(latency.min, v);
                latency.max = latency.max === null ? v : Math.max(latency.max, v);
                latency.sketch.add(v);
            }
        }
        const restores = n('restores');
        const merges = n('merges');
        const sessions = n('sessions');
        const crashes = rnd.binomial(sessions, h.crashesPerSession);
        const critical = rnd.binomial(rnd.poisson(SCENARIO.perWindow.bugs * volume), h.critical);
        const set = (id, agg) => {
            if (policy.slis[id]?.kind === agg.kind)
                slis.set(id, agg);
        };
        set('save_latency', latency);
        set('restore_success', {
            kind: 'ratio',
            numerator: rnd.binomial(restores, restoreSuccessAt(mid)),
            denominator: restores,
        });
        set('crash_rate', { kind: 'ratio', numerator: crashes, denominator: sessions });
        set('auto_merge_rate', {
            kind: 'ratio',
            numerator: rnd.binomial(merges, h.autoMerge),
            denominator: merges,
        });
        set('critical_bugs', { kind: 'count', count: critical });
        yield {
            start,
            end: start + w,
            counts: {
                events: saves + restores + merges + sessions + crashes,
                malformed: 0,
                invalid: 0,
                unknown: 0,
            },
            slis,
            missing: new Map(),
        };
    }
}
/** Seeded samples: Gaussian (Box–Muller), Poisson (inversion), binomial (exact when small). */
class Noise {
    rnd;
    constructor(seed) {
        this.rnd = (0,_trace_js__WEBPACK_IMPORTED_MODULE_1__/* .mulberry32 */ .sK)(seed);
    }
    gauss() {
        const u = 1 - this.rnd();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.rnd());
    }
    poisson(mean) {
        const limit = Math.exp(-mean);
        let k = 0;
        for (let p = this.rnd(); p > limit; p *= this.rnd())
            k++;
        return k;
    }
    /** Exact below 50 trials; a normal approximation of the rarer outcome's count above. */
    binomial(n, p) {
        if (n < 50) {
            let k = 0;
            for (let i = 0; i < n; i++)
                if (this.rnd() < p)
                    k++;
            return k;
        }
        const q = Math.min(p, 1 - p);
        const rare = n * q < 30 ? this.poisson(n * q) : Math.round(n * q + Math.sqrt(n * q * (1 - q)) * this.gauss());
        const k = Math.min(n, Math.max(0, rare));
        return p <= 0.5 ? k : n - k;
    }
}


/***/ }),

/***/ 8938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ii: () => (/* binding */ traceChunks),
/* harmony export */   mo: () => (/* binding */ latencySteps),
/* harmony export */   sK: () => (/* binding */ mulberry32)
/* harmony export */ });
/* unused harmony exports DEFAULT_MIX, DEFAULT_LATENCY, traceLines, traceText */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A seeded, deterministic generator of canonical telemetry: JSONL event lines (SPEC.md §2) over
 * a time range, ~165 bytes a line on average, with configurable event mix, rates and a latency
 * profile that may change over time and by cohort (e.g. a latency regression in beta from some
 * instant on), plus an optional small share of malformed, invalid and unknown lines.
 * Same options, same bytes. Pure: no clock, no I/O.
 */

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/**
 * A piecewise-constant latency profile: the last step whose `from` ≤ t (and whose cohort
 * matches, when given) applies; before any step, `base`.
 */
function latencySteps(base, steps) {
    const sorted = [...steps].sort((a, b) => a.from - b.from);
    return (t, cohort) => {
        let shape = base;
        for (const s of sorted) {
            if (s.from > t)
                break;
            if (s.cohort === undefined || s.cohort === cohort)
                shape = s;
        }
        return shape;
    };
}
const DEFAULT_MIX = {
    save: 0.6,
    restore: 0.1,
    merge: 0.2,
    session: 0.07,
    crash: 0.002,
    bug: 0.0005,
};
const DEFAULT_LATENCY = { p50Ms: 700, p95Ms: 1800 };
const APPS = ['desktop', 'web', 'ios', 'android'];
const VERSIONS = ['4.12.0', '4.12.1', '4.13.0', '4.11.7'];
const KINDS = ['save', 'restore', 'merge', 'session', 'crash', 'bug'];
const HEX = '0123456789abcdef';
function rateAt(r, dflt, t, cohort) {
    return r === undefined ? dflt : typeof r === 'number' ? r : r(t, cohort);
}
function cumulative(weights) {
    const total = weights.reduce((a, b) => a + b, 0);
    let acc = 0;
    return weights.map((w) => {
        acc += w / total;
        return acc;
    });
}
function pick(cum, u) {
    for (let i = 0; i < cum.length; i++)
        if (u < cum[i])
            return i;
    return cum.length - 1;
}
/** The seeded random numbers a trace draws, in a fixed order (the same seed, the same trace). */
class Draws {
    rnd;
    spare = Number.NaN;
    constructor(rnd) {
        this.rnd = rnd;
    }
    /** A standard normal value (Box-Muller, the second value of each pair kept for the next call). */
    gauss() {
        if (!Number.isNaN(this.spare)) {
            const s = this.spare;
            this.spare = Number.NaN;
            return s;
        }
        const u = 1 - this.rnd();
        const v = this.rnd();
        const r = Math.sqrt(-2 * Math.log(u));
        this.spare = r * Math.sin(2 * Math.PI * v);
        return r * Math.cos(2 * Math.PI * v);
    }
    hex(len) {
        let s = '';
        for (let i = 0; i < len; i++)
            s += HEX[(this.rnd() * 16) | 0];
        return s;
    }
}
/** Yields the lines (without newline) in time order. */
function* traceLines(o) {
    const draws = new Draws(mulberry32(o.seed));
    const { rnd } = draws;
    const span = o.to - o.from;
    if (!(span > 0))
        throw new RangeError('trace range is empty');
    const n = o.events ?? Math.round(((o.ratePerMinute ?? 1000) * span) / 60_000);
    const mix = { ...DEFAULT_MIX, ...o.mix };
    const kindCum = cumulative(KINDS.map((k) => mix[k]));
    const cohortNames = Object.keys(o.cohorts ?? { ga: 1 });
    const cohortCum = cumulative(cohortNames.map((c) => (o.cohorts ?? { ga: 1 })[c]));
    const bad = { malformed: o.malformed ?? 0, invalid: o.invalid ?? 0, unknown: o.unknown ?? 0 };
    for (let i = 0; i < n; i++) {
        const t = o.from + Math.floor(((i + rnd()) * span) / n);
        const ts = new Date(t).toISOString();
        const cohort = cohortNames[pick(cohortCum, rnd())];
        const tail = `"session":"s-${draws.hex(6)}","user":"u-${String((rnd() * 1e5) | 0).padStart(5, '0')}","app":"${APPS[(rnd() * APPS.length) | 0]}","version":"${VERSIONS[(rnd() * VERSIONS.length) | 0]}","cohort":"${cohort}"}`;
        const broken = brokenLine(draws, bad, ts, tail);
        yield broken ?? `{"ts":"${ts}",${eventBody(draws, o, KINDS[pick(kindCum, rnd())], t, cohort)},${tail}`;
    }
}
/** A malformed, invalid or unknown line, at the trace's rates; undefined for a good event. */
function brokenLine(draws, p, ts, tail) {
    const { rnd } = draws;
    const r = rnd();
    if (r < p.malformed) {
        const good = `{"ts":"${ts}","event":"autosave.save.completed","duration_ms":${(rnd() * 3000) | 0},${tail}`;
        const variant = (rnd() * 3) | 0;
        return variant === 0
            ? good.slice(0, (rnd() * (good.length - 2)) | 0) // cut short
            : variant === 1
                ? `${good.slice(0, -1)},}` // trailing comma
                : `[${JSON.stringify(ts)},"autosave.save.completed"]`; // JSON, not an object
    }
    if (r < p.malformed + p.invalid) {
        return (rnd() * 2) | 0
            ? `{"event":"autosave.save.completed","duration_ms":${(rnd() * 3000) | 0},${tail}` // no ts
            : `{"ts":"${ts}","event":"autosave.save.completed","duration_ms":"${(rnd() * 3000) | 0}",${tail}`; // string duration
    }
    if (r < p.malformed + p.invalid + p.unknown)
        return `{"ts":"${ts}","event":"ui.toolbar.click","button":"export",${tail}`;
    return undefined;
}
/** The event fields of one good line of `kind` at instant t. */
function eventBody(draws, o, kind, t, cohort) {
    const { rnd } = draws;
    switch (kind) {
        case 'save': {
            const { p50Ms, p95Ms } = (o.latency ?? (() => DEFAULT_LATENCY))(t, cohort);
            const sigma = Math.log(p95Ms / p50Ms) / 1.6448536269514722;
            const d = Math.max(1, Math.round(p50Ms * Math.exp(sigma * draws.gauss())));
            return `"event":"autosave.save.completed","duration_ms":${d}`;
        }
        case 'restore':
            return `"event":"autosave.restore.result","success":${rnd() < rateAt(o.restoreSuccess, 0.998, t, cohort)}`;
        case 'merge':
            return `"event":"merge.diff.apply","mode":"${rnd() < rateAt(o.autoMerge, 0.86, t, cohort) ? 'auto' : 'manual'}"`;
        case 'session':
            return `"event":"app.session.start","os":"${['macOS 15.1', 'Windows 11', 'iOS 18.1', 'Android 15'][(rnd() * 4) | 0]}"`;
        case 'crash':
            return `"event":"app.crash","signal":"SIGSEGV"`;
        default:
            return `"event":"bug.reported","id":"bug-${t}","severity":"${rnd() < rateAt(o.critical, 0.1, t, cohort) ? 'critical' : 'major'}"`;
    }
}
/** The lines as Buffers of about `chunkBytes` each, every line ending in "\n" (for big files). */
function* traceChunks(o, chunkBytes = 1 << 20) {
    let parts = [];
    let size = 0;
    for (const line of traceLines(o)) {
        parts.push(line);
        size += line.length + 1;
        if (size >= chunkBytes) {
            parts.push('');
            yield node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(parts.join('\n'), 'utf8');
            parts = [];
            size = 0;
        }
    }
    if (parts.length > 0) {
        parts.push('');
        yield node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(parts.join('\n'), 'utf8');
    }
}
/** The whole trace as one string (small traces: tests, the demo). */
function traceText(o) {
    let s = '';
    for (const line of traceLines(o))
        s += `${line}\n`;
    return s;
}


/***/ }),

/***/ 2279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ minOf),
/* harmony export */   _: () => (/* binding */ maxOf)
/* harmony export */ });
/**
 * The least and greatest of many numbers, by a loop. `Math.min(...values)` passes every value as
 * an argument, which overflows the call stack ("Maximum call stack size exceeded") for arrays of
 * about 125k and more: a 10-year range of 15-minute windows, a folder of that many records.
 */
/** The least value, or `empty` when there is none. */
function minOf(values, empty = Number.POSITIVE_INFINITY) {
    let min = Number.POSITIVE_INFINITY;
    let any = false;
    for (const v of values) {
        any = true;
        if (v < min)
            min = v;
    }
    return any ? min : empty;
}
/** The greatest value, or `empty` when there is none. */
function maxOf(values, empty = Number.NEGATIVE_INFINITY) {
    let max = Number.NEGATIVE_INFINITY;
    let any = false;
    for (const v of values) {
        any = true;
        if (v > max)
            max = v;
    }
    return any ? max : empty;
}


/***/ }),

/***/ 9809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ PLAN_BACKOFF_MS),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony export WaitTooLongError */
/**
 * The one retry policy phasegate uses for every outside system (telemetry sources, GitHub), as the
 * operating plan states it: back-off 0.5 s → 1 s → 2 s → 4 s → 8 s, at most 5 retries; a longer
 * `Retry-After` is honoured; a non-retryable failure fails at once. The clock is injected so tests
 * check the delays without sleeping.
 */
/** The plan's schedule (SPEC.md section 3): the delay before retry 1, 2, … in milliseconds. */
const PLAN_BACKOFF_MS = [500, 1000, 2000, 4000, 8000];
/** A retry that would wait past the time the run has left: failing now beats a killed job. */
class WaitTooLongError extends Error {
    delayMs;
    leftMs;
    constructor(delayMs, leftMs, cause) {
        const why = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
        super(`a retry would wait ${Math.ceil(delayMs / 1000)}s (after: ${why}) but the job has ${Math.max(0, Math.floor(leftMs / 1000))}s left; stopping now so the next run starts clean (the job's time is the input "timeout-minutes")`, { cause });
        this.delayMs = delayMs;
        this.leftMs = leftMs;
        this.name = 'WaitTooLongError';
    }
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Run `attempt` until it succeeds, a failure is not retryable, or the retries are used up. */
async function withRetry(attempt, options) {
    const backoff = options.backoffMs ?? PLAN_BACKOFF_MS;
    const sleep = options.sleep ?? realSleep;
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            const verdict = options.classify(error);
            const retrying = verdict.retryable && n <= backoff.length;
            const delayMs = retrying ? Math.max(backoff[n - 1] ?? 0, verdict.retryAfterMs ?? 0) : 0;
            const leftMs = options.maxWaitMs?.() ?? Number.POSITIVE_INFINITY;
            if (retrying && delayMs > leftMs)
                throw new WaitTooLongError(delayMs, leftMs, error);
            options.onAttemptFailed?.({ attempt: n, error, retrying, delayMs });
            if (!retrying)
                throw error;
            await sleep(delayMs);
        }
    }
}
/** Parse an HTTP Retry-After header (seconds or an HTTP date) into ms from `now`. */
function parseRetryAfter(value, now) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const at = Date.parse(trimmed);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** Network-level failures worth another attempt: resets, refused or dropped connections, timeouts. */
const RETRYABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
/** True for errors (or their `cause` chain) that are a network failure rather than an answer. */
function isNetworkError(err) {
    for (let e = err, depth = 0; e && depth < 5; depth++) {
        const code = e.code;
        if (typeof code === 'string' && RETRYABLE_CODES.has(code))
            return true;
        const name = e.name;
        if (name === 'TimeoutError' || name === 'AbortError')
            return true;
        const message = e.message;
        if (typeof message === 'string' &&
            /fetch failed|socket hang up|other side closed|terminated/i.test(message))
            return true;
        e = e.cause;
    }
    return false;
}


/***/ }),

/***/ 4014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ mergeInto),
/* harmony export */   hl: () => (/* binding */ RECORD_VERSION),
/* harmony export */   lc: () => (/* binding */ samplesOf),
/* harmony export */   pO: () => (/* binding */ emptyAggregate)
/* harmony export */ });
/* unused harmony export unionSorted */
/* harmony import */ var _sketch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2459);
/**
 * Window records: what one 15-minute window of telemetry amounts to, per SLI. These records are
 * what gets committed under reports/monitoring/ and what every verdict is computed from, so they
 * are mergeable: counts for ratios, a quantile sketch for latency. Any longer span is the exact
 * merge of its windows.
 */

const RECORD_VERSION = 1;
/**
 * An empty aggregate; a latency one counts samples above each of `thresholds` (ms), if given; a
 * count one keeps its distinct values when `distinct` is set; a ratio one counts its control
 * cohort apart when `control` is set.
 */
function emptyAggregate(kind, thresholds, { distinct = false, control = false } = {}) {
    switch (kind) {
        case 'latency': {
            const agg = { kind, count: 0, sum: 0, min: null, max: null, sketch: new _sketch_js__WEBPACK_IMPORTED_MODULE_0__/* .LatencySketch */ .d() };
            if (thresholds)
                agg.over = new Map(thresholds.map((t) => [t, 0]));
            return agg;
        }
        case 'ratio':
            return control
                ? { kind, numerator: 0, denominator: 0, control: { numerator: 0, denominator: 0 } }
                : { kind, numerator: 0, denominator: 0 };
        case 'count':
            return distinct ? { kind, count: 0, distinct: [] } : { kind, count: 0 };
    }
}
/** into += from (same kind). Exact for counts; the sketch merge keeps its relative-error bound. */
function mergeInto(into, from) {
    if (into.kind === 'latency' && from.kind === 'latency') {
        into.count += from.count;
        into.sum += from.sum;
        into.min = into.min === null ? from.min : from.min === null ? into.min : Math.min(into.min, from.min);
        into.max = into.max === null ? from.max : from.max === null ? into.max : Math.max(into.max, from.max);
        mergeOver(into, from);
        into.sketch.merge(from.sketch);
    }
    else if (into.kind === 'ratio' && from.kind === 'ratio') {
        mergeRatio(into, from);
    }
    else if (into.kind === 'count' && from.kind === 'count') {
        mergeCount(into, from);
    }
    else {
        throw new Error(`cannot merge a ${from.kind} record into a ${into.kind} record`);
    }
}
/**
 * Rates add up, and so do control cohorts. A side without `control` (a record of another source,
 * or written before the SLI had it: its control events sit in its rate) makes the merged control
 * unknown, unless that side is empty; an empty side without it changes nothing.
 */
function mergeRatio(into, from) {
    if (from.numerator === 0 && from.denominator === 0 && !from.control)
        return;
    if (into.numerator === 0 && into.denominator === 0 && !into.control) {
        into.numerator = from.numerator;
        into.denominator = from.denominator;
        if (from.control)
            into.control = { ...from.control };
        return;
    }
    into.numerator += from.numerator;
    into.denominator += from.denominator;
    if (into.control && from.control) {
        into.control.numerator += from.control.numerator;
        into.control.denominator += from.control.denominator;
    }
    else {
        delete into.control;
    }
}
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The sorted union of two sorted, duplicate-free lists. */
function unionSorted(a, b) {
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const c = byCodeUnit(a[i], b[j]);
        out.push(c <= 0 ? a[i] : b[j]);
        if (c <= 0)
            i++;
        if (c >= 0)
            j++;
    }
    while (i < a.length)
        out.push(a[i++]);
    while (j < b.length)
        out.push(b[j++]);
    return out;
}
/**
 * Counts add up; distinct values merge as a union, so a value seen on both sides counts once.
 * Events without the field (count − distinct values) always add up. A side without `distinct`
 * (a record of another source, or written before the SLI had it) makes the merge a plain sum.
 */
function mergeCount(into, from) {
    if (from.count === 0 && !from.distinct)
        return;
    if (into.count === 0 && !into.distinct) {
        into.count = from.count;
        if (from.distinct)
            into.distinct = [...from.distinct];
        return;
    }
    if (!into.distinct || !from.distinct) {
        into.count += from.count;
        delete into.distinct;
        return;
    }
    const anonymous = into.count - into.distinct.length + (from.count - from.distinct.length);
    into.distinct = unionSorted(into.distinct, from.distinct);
    into.count = into.distinct.length + anonymous;
}
/**
 * Adds threshold counts (called after the sample counts were added). A window without samples adds nothing
 * whether or not it has them; otherwise only thresholds both sides count are kept.
 */
function mergeOver(into, from) {
    if (from.count === 0)
        return;
    if (into.count === from.count) {
        into.over = from.over && new Map(from.over);
        return;
    }
    if (!into.over)
        return;
    if (!from.over) {
        into.over = undefined;
        return;
    }
    for (const [t, n] of into.over) {
        const m = from.over.get(t);
        if (m === undefined)
            into.over.delete(t);
        else
            into.over.set(t, n + m);
    }
}
/** How many events an aggregate stands on: the sample count a verdict reports. */
function samplesOf(a) {
    return a.kind === 'ratio' ? a.denominator : a.count;
}


/***/ }),

/***/ 2459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ SKETCH_RELATIVE_ACCURACY),
/* harmony export */   d: () => (/* binding */ LatencySketch)
/* harmony export */ });
/* harmony import */ var _datadog_sketches_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7810);
/* harmony import */ var _datadog_sketches_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_datadog_sketches_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _datadog_sketches_js_dist_ddsketch_store_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(973);
/**
 * Latency distribution as a DDSketch (relative-error quantile sketch, α = 1 %): any quantile it
 * reports is within 1 % of the true rank statistic x[floor(q·(n-1))], and two sketches merge
 * exactly, so a 2 h or 5-day P95 is computed from 15-minute records with the same guarantee.
 *
 * We use @datadog/sketches-js for the mapping, the store and the quantile walk (the reference
 * implementation, shared with Datadog's Go/Java/Python versions) and serialize its bins as
 * readable JSON ourselves, so committed window records diff well and stay byte-stable.
 */


const SKETCH_RELATIVE_ACCURACY = 0.01;
/**
 * DenseStore copies its bins to re-centre them at every new lowest key, even one that falls
 * inside the bins it already has, and makes a fresh sketch's bins in four allocations; a window
 * of a 90-day collect holds ~200 values, and those copies were ~8 % of the collect's CPU. This
 * store widens its key range in place when the key fits, and otherwise makes the bins DenseStore
 * would (as many chunks as the range needs, centred on it) in one allocation. Where the bins sit
 * changes no count, so records stay byte-identical.
 */
class RoomyStore extends _datadog_sketches_js_dist_ddsketch_store_index_js__WEBPACK_IMPORTED_MODULE_1__.DenseStore {
    _extendRange(key, secondKey = key) {
        const lo = Math.min(key, secondKey, this.minKey);
        const hi = Math.max(key, secondKey, this.maxKey);
        const had = this.bins;
        if (had.length > 0 && lo >= this.offset && hi < this.offset + had.length) {
            this.minKey = lo;
            this.maxKey = hi;
            return;
        }
        const size = Math.max(had.length, this.chunkSize * Math.ceil((hi - lo + 1) / this.chunkSize));
        const offset = lo + Math.floor((hi - lo + 1) / 2) - size / 2;
        const bins = new Array(size).fill(0);
        for (let k = this.minKey; k <= this.maxKey; k++)
            bins[k - offset] = had[k - this.offset];
        this.bins = bins;
        this.offset = offset;
        this.minKey = lo;
        this.maxKey = hi;
    }
}
class LatencySketch {
    /**
     * Made on the first value: a collect makes an empty aggregate for every window before its
     * values arrive (8,640 for 90 days, again on the main thread when the ranges merge), and most
     * of those are replaced whole or stay empty.
     */
    made = null;
    /**
     * Bins taken over from a parsing thread (adoptDense), not made into a DDSketch yet: a window of
     * a time-ordered file comes from one range, so its bins go from the thread's sketch to the
     * record's JSON without a sketch of their own on this thread (90 days: 8,640 of them).
     */
    adopted = null;
    adoptedCount = 0;
    get dd() {
        if (this.made === null) {
            this.made = new _datadog_sketches_js__WEBPACK_IMPORTED_MODULE_0__.DDSketch({ relativeAccuracy: SKETCH_RELATIVE_ACCURACY });
            this.made.store = new RoomyStore();
            const d = this.adopted;
            if (d !== null) {
                this.adopted = null;
                addDense(this.made, d);
            }
        }
        return this.made;
    }
    /**
     * Adds one value. Values ≤ 0 count in the zero bucket (a duration cannot be negative; keeping
     * them out of the negative store keeps in-memory merges and the JSON form in agreement).
     */
    add(value) {
        this.dd.accept(Math.max(value, 0));
    }
    get count() {
        return this.made === null ? this.adoptedCount : this.made.count;
    }
    /** The q-quantile (0..1) with relative error ≤ α, or undefined when empty. */
    quantile(q) {
        return this.count === 0 ? undefined : this.dd.getValueAtQuantile(q);
    }
    merge(other) {
        if (other.count === 0)
            return;
        // Adopted bins add straight into this sketch's store: the same counts DDSketch.merge adds.
        if (other.made === null && other.adopted !== null)
            addDense(this.dd, other.adopted);
        else
            this.dd.merge(other.dd);
    }
    toJSON() {
        const bins = [];
        if (this.made === null) {
            const d = this.adopted;
            if (d !== null)
                for (let i = 0; i < d.counts.length; i++)
                    if (d.counts[i] > 0)
                        bins.push([d.minKey + i, d.counts[i]]);
            return { alpha: SKETCH_RELATIVE_ACCURACY, zero: d?.zero ?? 0, bins };
        }
        const store = this.made.store;
        if (store.count > 0) {
            for (let key = store.minKey; key <= store.maxKey; key++) {
                const c = store.bins[key - store.offset] ?? 0;
                if (c > 0)
                    bins.push([key, c]);
            }
        }
        return {
            alpha: SKETCH_RELATIVE_ACCURACY,
            zero: this.made.zeroCount + this.made.negativeStore.count,
            bins,
        };
    }
    toDense() {
        if (this.made === null && this.adopted !== null)
            return trimmed(this.adopted);
        if (this.made === null)
            return { zero: 0, minKey: 0, counts: new Float64Array(0) };
        const store = this.made.store;
        const zero = this.made.zeroCount + this.made.negativeStore.count;
        if (store.count === 0)
            return { zero, minKey: 0, counts: new Float64Array(0) };
        const counts = new Float64Array(store.maxKey - store.minKey + 1);
        for (let key = store.minKey; key <= store.maxKey; key++)
            counts[key - store.minKey] = store.bins[key - store.offset] ?? 0;
        return { zero, minKey: store.minKey, counts };
    }
    /** A sketch of the bins `d` holds, copied: `d` may change after. */
    static fromDense(d) {
        const s = new LatencySketch();
        addDense(s.dd, d);
        return s;
    }
    /**
     * A sketch of the bins `d` holds, taking `d` over: no one may change it after (a parsing
     * thread's, received through postMessage). It becomes a DDSketch only if values are added, a
     * quantile is asked, or it is merged into; merged from, written out or handed on (toDense: the
     * judge's spans, simulate's replay), it never does.
     */
    static adoptDense(d) {
        const s = new LatencySketch();
        let n = d.zero;
        for (let i = 0; i < d.counts.length; i++)
            if (d.counts[i] > 0)
                n += d.counts[i];
        if (n > 0) {
            s.adopted = d;
            s.adoptedCount = n;
        }
        return s;
    }
    static fromJSON(json) {
        if (json.alpha !== SKETCH_RELATIVE_ACCURACY) {
            throw new Error(`sketch with relative accuracy ${json.alpha}; this version reads ${SKETCH_RELATIVE_ACCURACY}`);
        }
        const s = new LatencySketch();
        const dd = s.dd;
        for (const [key, count] of json.bins) {
            dd.store.add(key, count);
            dd.count += count;
        }
        if (json.zero > 0) {
            dd.zeroCount += json.zero;
            dd.count += json.zero;
        }
        return s;
    }
}
/** The first and last index of `counts` holding a count, or undefined when none does. */
function filled(counts) {
    let lo = 0;
    let hi = counts.length - 1;
    while (lo <= hi && !(counts[lo] > 0))
        lo++;
    while (hi > lo && !(counts[hi] > 0))
        hi--;
    return lo <= hi ? [lo, hi] : undefined;
}
/** A copy of `d` from its first to its last bin holding a count: what toDense gives of a sketch of it. */
function trimmed(d) {
    const range = filled(d.counts);
    if (range === undefined)
        return { zero: d.zero, minKey: 0, counts: new Float64Array(0) };
    return { zero: d.zero, minKey: d.minKey + range[0], counts: d.counts.slice(range[0], range[1] + 1) };
}
/** Adds the bins of `d` into `dd`, as merging a sketch of them would. */
function addDense(dd, d) {
    const { counts, minKey } = d;
    const range = filled(counts);
    if (range !== undefined) {
        const [lo, hi] = range;
        // The whole key range first: the store makes its bins once.
        dd.store._extendRange(minKey + lo, minKey + hi);
        for (let i = lo; i <= hi; i++)
            if (counts[i] > 0)
                dd.store.add(minKey + i, counts[i]);
        for (let i = lo; i <= hi; i++)
            dd.count += counts[i];
    }
    if (d.zero > 0) {
        dd.zeroCount += d.zero;
        dd.count += d.zero;
    }
}


/***/ })

};
