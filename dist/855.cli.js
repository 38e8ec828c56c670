export const id = 855;
export const ids = [855];
export const modules = {

/***/ 7855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findRollouts: () => (/* binding */ findRollouts),
/* harmony export */   rolloutRecords: () => (/* binding */ rolloutRecords),
/* harmony export */   selectRollouts: () => (/* binding */ selectRollouts)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3599);
/**
 * The rollouts a policy folder holds. `phases/rollout.yaml` present: one rollout, the folder itself
 * (the single layout). Otherwise every subfolder `phases/<name>/` with a rollout.yaml is one
 * rollout, named by its folder (the many-rollouts layout); its window records live in their own
 * folder, `reports/<name>/monitoring` for the records input `reports/monitoring`, because two
 * rollouts judge the same telemetry through different SLI definitions.
 */




/** The rollouts under `config` (relative to `root`); `records` is the records input. */
function findRollouts(root, config, records) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, config);
    // A missing folder is the single layout's: loading it says "not found" with the fix.
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'rollout.yaml')))
        return { kind: 'single', rollouts: [{ name: declaredName(dir) ?? '', config, records }] };
    const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name, 'rollout.yaml')))
        .map((e) => e.name)
        .sort();
    if (!names.length)
        throw new _input_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`policy folder "${config}" holds no rollout.yaml, and no subfolder of it does: put one rollout's files in ${config}/, or one folder per rollout (${config}/<rollout>/rollout.yaml)`);
    return {
        kind: 'multi',
        rollouts: names.map((name) => {
            const declared = declaredName((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
            if (declared !== undefined && declared !== name)
                throw new _input_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${config}/${name}/rollout.yaml: rollout: "${declared}" differs from its folder's name; with one folder per rollout the folder names the rollout: set rollout: ${name}, or rename the folder`);
            return { name, config: `${config}/${name}`, records: rolloutRecords(records, name) };
        }),
    };
}
/** A rollout's records folder in the many-rollouts layout: `reports/monitoring` → `reports/<name>/monitoring`. */
function rolloutRecords(records, name) {
    const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(records);
    return parent === '.' ? `${name}/${records}` : `${parent}/${name}/${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(records)}`;
}
/** The rollouts `selector` names: every one when empty, else the one of that name. */
function selectRollouts(layout, selector, flag) {
    if (!selector)
        return layout.rollouts;
    const found = layout.rollouts.find((r) => r.name === selector || (layout.kind === 'single' && !r.name));
    if (found)
        return [found];
    throw new _input_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${flag}: no rollout "${selector}"; ${layout.kind === 'single' ? 'the policy folder holds' : 'there are'} ${layout.rollouts.map((r) => r.name).join(', ')}`);
}
/** rollout.yaml's `rollout:` when it is a string; the compiler reports anything else. */
function declaredName(dir) {
    try {
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'rollout.yaml'), 'utf8'));
        return typeof doc?.rollout === 'string' ? doc.rollout : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
