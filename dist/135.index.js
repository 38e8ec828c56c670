export const id = 135;
export const ids = [135];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ isInvalidField),
/* harmony export */   Jh: () => (/* binding */ isAmbiguousFailure),
/* harmony export */   UU: () => (/* binding */ createClient),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   wx: () => (/* binding */ protectedBranchHint)
/* harmony export */ });
/* unused harmony export classifyGitHubError */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9809);
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
    const retryAfterMs = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryAfter */ .mu)(headers['retry-after'], now);
    if (status === undefined || !e.response)
        return { retryable: (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isNetworkError */ .TX)(err), retryAfterMs };
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
    return status === undefined ? (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isNetworkError */ .TX)(err) : status >= 500;
}
function createClient(o) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__.getOctokit)(o.token, o.baseUrl ? { baseUrl: o.baseUrl } : {});
    const now = o.now ?? Date.now;
    octokit.hook.wrap('request', (request, options) => (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(async () => request(options), {
        classify: (err) => options.method === 'POST' && CREATES.test(String(options.url)) && isAmbiguousFailure(err)
            ? { retryable: false }
            : classifyGitHubError(err, now()),
        maxWaitMs: o.deadline === undefined ? undefined : () => o.deadline - now(),
        sleep: o.sleep ?? _retry_js__WEBPACK_IMPORTED_MODULE_1__/* .realSleep */ .uk,
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


/***/ }),

/***/ 7603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ DryRunNotifier),
  q: () => (/* binding */ WebhookNotifier)
});

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
class WebhookError extends Error {
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
function webhookHost(url, input) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new WebhookError(`${input}: the value is not a URL; set it to the webhook's https:// URL`, input, null, false);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new WebhookError(`${input}: only http(s) URLs are supported, got ${parsed.protocol}`, input, null, false);
    }
    return parsed.host;
}
async function postWithRetry(opts) {
    const host = webhookHost(opts.url, opts.input);
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
            const retryable = (0,retry/* isNetworkError */.TX)(err);
            throw new WebhookError(`${opts.input}: ${describe(err, opts.url, host)}`, opts.input, null, retryable);
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
        const retryAfterMs = (0,retry/* parseRetryAfter */.mu)(res.headers.get('retry-after'), now());
        throw new WebhookError(message, opts.input, res.status, retryable, retryAfterMs);
    };
    try {
        return await (0,retry/* withRetry */.bD)(once, {
            backoffMs: opts.backoffMs,
            sleep: opts.sleep,
            classify: (err) => err instanceof WebhookError
                ? { retryable: err.retryable, retryAfterMs: err.retryAfterMs }
                : { retryable: false },
            onAttemptFailed: ({ attempt, error, retrying, delayMs }) => {
                const why = error instanceof Error ? error.message : String(error);
                log(`POST ${host} attempt ${attempt} failed: ${why}${retrying ? `; retrying in ${delayMs} ms` : ''}`);
            },
        });
    }
    catch (err) {
        if (err instanceof WebhookError && err.retryable) {
            throw new WebhookError(`${err.message}; gave up after ${attempts} attempts. The phase change itself is merged: re-run the job to send it again`, err.input, err.status, true);
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



const LOCK_URL_INPUT = 'lock-webhook-url';
const LOCK_SECRET_INPUT = 'lock-webhook-secret';
/** The spec's verifier for a secret as phasegate's input holds it (`whsec_…` or plain text). */
function lockWebhook(secret) {
    return secret.startsWith('whsec_')
        ? new dist/* Webhook */.KD(secret)
        : new dist/* Webhook */.KD(new Uint8Array(Buffer.from(secret, 'utf8')), { format: 'raw' });
}
/** The three Standard Webhooks headers for one attempt. */
function signedHeaders(secret, id, at, body) {
    return {
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(at / 1000)),
        'webhook-signature': lockWebhook(secret).sign(id, new Date(at), body),
    };
}
async function postLock(notice, opts) {
    if (!opts.secret) {
        throw new WebhookError(`${LOCK_SECRET_INPUT}: empty; the lock notice is never sent unsigned. Pass the shared secret (a repository secret) as ${LOCK_SECRET_INPUT}`, LOCK_SECRET_INPUT, null, false);
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
        input: LOCK_URL_INPUT,
        target: 'the lock webhook',
        rejected: (status, answer) => `${LOCK_URL_INPUT}: the lock webhook rejected the ${notice.event} notice with ${status} ${answer || '(empty body)'} (not retried): ${status === 401 || status === 403
            ? `check that ${LOCK_SECRET_INPUT} is the secret the receiver verifies with`
            : `check ${LOCK_URL_INPUT} points at the receiver's endpoint`}`,
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

const SLACK_INPUT = 'slack-webhook';
/** Slack rejects a section block whose text is longer (the top-level text may be 40,000). */
const SECTION_LIMIT = 3000;
/** The JSON body Slack receives. */
function slackPayload(text, blocks = true) {
    if (!blocks || text.length > SECTION_LIMIT)
        return { text };
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
async function postSlack(text, opts) {
    const body = Buffer.from(JSON.stringify(slackPayload(text, opts.blocks ?? true)), 'utf8');
    return postWithRetry({
        url: opts.webhookUrl,
        body,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        input: SLACK_INPUT,
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
    return `${SLACK_INPUT}: Slack rejected the message with ${status} ${body || '(empty body)'} (not retried): ${fix}`;
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

/***/ 2889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DK: () => (/* binding */ archiveRunLogPath),
/* harmony export */   L$: () => (/* binding */ ARCHIVE_DIR),
/* harmony export */   To: () => (/* binding */ windowBlocks),
/* harmony export */   iZ: () => (/* binding */ archiveDayPath),
/* harmony export */   lZ: () => (/* binding */ utcDayStart),
/* harmony export */   pq: () => (/* binding */ parseDayName),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/**
 * The archive of window records (issue 14, item 5): windows older than the retention
 * (rollout/retention.ts) move, a whole UTC day at a time, from the recent folder's
 * `YYYYMMDDHHMM.jsonl` files into one file per day, `archive/YYYY/MM/YYYYMMDD.jsonl` under the
 * records folder. A day file holds its windows' files byte for byte, one after another, so reading
 * one back gives exactly the records the window files held. A window whose file came back after its
 * day was archived (a late re-collect) is appended to the day file: the last copy of a window wins,
 * and a copy in the recent folder wins over the archive. Run logs (`runs/YYYYMMDD.jsonl`) move to
 * `archive/runs/YYYY/MM/YYYYMMDD.jsonl`. Pure: names and text only.
 */
const ARCHIVE_DIR = 'archive';
const DAY_MS = 86_400_000;
const pad = (n, width) => String(n).padStart(width, '0');
/** Start of the UTC day holding `ms`. */
function utcDayStart(ms) {
    return Math.floor(ms / DAY_MS) * DAY_MS;
}
/** `archive/YYYY/MM/YYYYMMDD.jsonl` for the UTC day starting at `dayStart`, relative to the records folder. */
function archiveDayPath(dayStart) {
    const d = new Date(dayStart);
    const y = pad(d.getUTCFullYear(), 4);
    const m = pad(d.getUTCMonth() + 1, 2);
    return `${ARCHIVE_DIR}/${y}/${m}/${y}${m}${pad(d.getUTCDate(), 2)}.jsonl`;
}
/** `archive/runs/YYYY/MM/YYYYMMDD.jsonl` for the run log `runs/YYYYMMDD.jsonl`. */
function archiveRunLogPath(name) {
    return `${ARCHIVE_DIR}/runs/${name.slice(0, 4)}/${name.slice(4, 6)}/${name}`;
}
const DAY_NAME = /^(\d{4})(\d{2})(\d{2})\.jsonl$/;
/** The UTC day (its start) a day file name `YYYYMMDD.jsonl` stands for, or undefined when it is not one. */
function parseDayName(name) {
    const m = DAY_NAME.exec(name);
    if (!m)
        return undefined;
    const t = new Date(0);
    t.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const ms = t.getTime();
    return archiveDayPath(ms).endsWith(`/${name}`) ? ms : undefined; // e.g. 20260231: no such day
}
/** A record file's first line: every window record starts with one (telemetry/codec.ts). */
const WINDOW_LINE = /^\{"v":\d+,"type":"window",/;
/**
 * A day file cut back into its window records' texts, in file order, each with its 1-based first
 * line. A line before the first `window` line stays with the first block, so decoding it names it.
 */
function windowBlocks(text) {
    const rows = text.split('\n');
    if (rows.at(-1) === '')
        rows.pop();
    const out = [];
    rows.forEach((row, i) => {
        if (out.length === 0 || WINDOW_LINE.test(row))
            out.push({ text: '', line: i + 1 });
        out[out.length - 1].text += `${row}\n`;
    });
    return out;
}


/***/ })

};
