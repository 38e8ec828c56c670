export const id = 586;
export const ids = [586];
export const modules = {

/***/ 8586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   phaseChangeCommand: () => (/* binding */ phaseChangeCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3599);
/* harmony import */ var _policy_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2575);
/* harmony import */ var _rollout_current_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7236);
/* harmony import */ var _worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6737);
/**
 * `phasegate rollback` / `phasegate advance`: rewrite the current-phase file in the working tree.
 * This is the edit a phase-change pull request carries; the plan's `flags:rollback --phase A-0`.
 */





function phaseChangeCommand(opts) {
    const loaded = (0,_worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPolicyDir */ .yD)(opts.config);
    const { policy } = loaded;
    const ids = (0,_policy_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseIds */ .ab)(policy);
    const to = ids.indexOf(opts.phase);
    if (to < 0)
        throw new _input_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--phase: unknown phase "${opts.phase}"; valid phases: ${ids.join(', ')}`);
    const current = (0,_worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .loadCurrent */ .n8)(loaded);
    if (current) {
        const from = ids.indexOf(current.phase);
        if (from === to)
            throw new _input_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--phase: ${opts.phase} is already the current phase`);
        if (opts.direction === 'rollback' && to > from) {
            throw new _input_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--phase: ${opts.phase} comes after the current phase ${current.phase}; use advance`);
        }
        if (opts.direction === 'advance' && to < from) {
            throw new _input_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--phase: ${opts.phase} comes before the current phase ${current.phase}; use rollback`);
        }
    }
    const reason = opts.reason ?? `${opts.direction} ${current ? `from ${current.phase} ` : ''}to ${opts.phase} by hand`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(loaded.currentPath, (0,_rollout_current_js__WEBPACK_IMPORTED_MODULE_3__/* .renderCurrent */ .YM)(policy, opts.phase, opts.at, {
        reason,
        entered: { by: opts.direction === 'rollback' ? 'rollback' : 'manual', from: current?.phase },
        started: current ? (0,_rollout_current_js__WEBPACK_IMPORTED_MODULE_3__/* .startedAfter */ .oT)(policy, current, opts.phase, opts.at) : undefined,
    }));
    return `${(0,_worktree_policy_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)(loaded.currentPath)}: ${current?.phase ?? '(none)'} → ${opts.phase} since ${new Date(opts.at).toISOString()}\n`;
}


/***/ })

};
