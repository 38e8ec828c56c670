import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 383:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LogCollapsingHighestDenseDDSketch = exports.LogCollapsingLowestDenseDDSketch = exports.DDSketch = void 0;
var store_1 = __nccwpck_require__(973);
var mapping_1 = __nccwpck_require__(262);
var DEFAULT_RELATIVE_ACCURACY = 0.01;
var DEFAULT_BIN_LIMIT = 2048;
/** Base class for DDSketch*/
var BaseDDSketch = /** @class */ (function () {
    function BaseDDSketch(_a) {
        var mapping = _a.mapping, store = _a.store, negativeStore = _a.negativeStore, zeroCount = _a.zeroCount;
        this.mapping = mapping;
        this.store = store;
        this.negativeStore = negativeStore;
        this.zeroCount = zeroCount;
        this.count =
            this.negativeStore.count + this.zeroCount + this.store.count;
        this.min = Infinity;
        this.max = -Infinity;
        this.sum = 0;
    }
    /**
     * Add a value to the sketch
     *
     * @param value The value to be added
     * @param weight The amount to weight the value (default 1.0)
     *
     * @throws Error if `weight` is 0 or negative
     */
    BaseDDSketch.prototype.accept = function (value, weight) {
        if (weight === void 0) { weight = 1; }
        if (weight <= 0) {
            throw Error('Weight must be a positive number');
        }
        if (value > this.mapping.minPossible) {
            var key = this.mapping.key(value);
            this.store.add(key, weight);
        }
        else if (value < -this.mapping.minPossible) {
            var key = this.mapping.key(-value);
            this.negativeStore.add(key, weight);
        }
        else {
            this.zeroCount += weight;
        }
        /* Keep track of summary stats */
        this.count += weight;
        this.sum += value * weight;
        if (value < this.min) {
            this.min = value;
        }
        if (value > this.max) {
            this.max = value;
        }
    };
    /**
     * Retrieve a value from the sketch at the quantile
     *
     * @param quantile A number between `0` and `1` (inclusive)
     */
    BaseDDSketch.prototype.getValueAtQuantile = function (quantile) {
        if (quantile < 0 || quantile > 1 || this.count === 0) {
            return NaN;
        }
        var rank = quantile * (this.count - 1);
        var quantileValue = 0;
        if (rank < this.negativeStore.count) {
            var reversedRank = this.negativeStore.count - rank - 1;
            var key = this.negativeStore.keyAtRank(reversedRank, false);
            quantileValue = -this.mapping.value(key);
        }
        else if (rank < this.zeroCount + this.negativeStore.count) {
            return 0;
        }
        else {
            var key = this.store.keyAtRank(rank - this.zeroCount - this.negativeStore.count);
            quantileValue = this.mapping.value(key);
        }
        return quantileValue;
    };
    /**
     * Merge the contents of the parameter `sketch` into this sketch
     *
     * @param sketch The sketch to merge into the caller sketch
     * @throws Error if the sketches were initialized with different `relativeAccuracy` values
     */
    BaseDDSketch.prototype.merge = function (sketch) {
        if (!this.mergeable(sketch)) {
            throw new Error('Cannot merge two DDSketches with different `relativeAccuracy` parameters');
        }
        if (sketch.count === 0) {
            return;
        }
        if (this.count === 0) {
            this._copy(sketch);
            return;
        }
        this.store.merge(sketch.store);
        /* Merge summary stats */
        this.zeroCount += sketch.zeroCount;
        this.count += sketch.count;
        this.sum += sketch.sum;
        if (sketch.min < this.min) {
            this.min = sketch.min;
        }
        if (sketch.max > this.max) {
            this.max = sketch.max;
        }
    };
    /**
     * Determine whether two sketches can be merged
     *
     * @param sketch The sketch to be merged into the caller sketch
     */
    BaseDDSketch.prototype.mergeable = function (sketch) {
        return this.mapping.gamma === sketch.mapping.gamma;
    };
    /**
     * Helper method to copy the contents of the parameter `store` into this store
     * @see DDSketch.merge to merge two sketches safely
     *
     * @param store The store to be copied into the caller store
     */
    BaseDDSketch.prototype._copy = function (sketch) {
        this.store.copy(sketch.store);
        this.negativeStore.copy(sketch.negativeStore);
        this.zeroCount = sketch.zeroCount;
        this.min = sketch.min;
        this.max = sketch.max;
        this.count = sketch.count;
        this.sum = sketch.sum;
    };
    /** Serialize a DDSketch to protobuf format */
    BaseDDSketch.prototype.toProto = function () {
        var ProtoDDSketch = (__nccwpck_require__(279).DDSketch);
        var message = ProtoDDSketch.create({
            mapping: this.mapping.toProto(),
            positiveValues: this.store.toProto(),
            negativeValues: this.negativeStore.toProto(),
            zeroCount: this.zeroCount
        });
        return ProtoDDSketch.encode(message).finish();
    };
    /**
     * Deserialize a DDSketch from protobuf data
     *
     * Note: `fromProto` currently loses summary statistics for the original
     * sketch (i.e. `min`, `max`)
     *
     * @param buffer Byte array containing DDSketch in protobuf format (from DDSketch.toProto)
     */
    BaseDDSketch.fromProto = function (buffer) {
        var ProtoDDSketch = (__nccwpck_require__(279).DDSketch);
        var decoded = ProtoDDSketch.decode(buffer);
        var mapping = mapping_1.KeyMapping.fromProto(decoded.mapping);
        var store = store_1.DenseStore.fromProto(decoded.positiveValues);
        var negativeStore = store_1.DenseStore.fromProto(decoded.negativeValues);
        var zeroCount = decoded.zeroCount;
        return new BaseDDSketch({ mapping: mapping, store: store, negativeStore: negativeStore, zeroCount: zeroCount });
    };
    return BaseDDSketch;
}());
var defaultConfig = {
    relativeAccuracy: DEFAULT_RELATIVE_ACCURACY
};
/** A quantile sketch with relative-error guarantees */
var DDSketch = /** @class */ (function (_super) {
    __extends(DDSketch, _super);
    /**
     * Initialize a new DDSketch
     *
     * @param relativeAccuracy The accuracy guarantee of the sketch (default 0.01)
     */
    function DDSketch(_a) {
        var _b = _a === void 0 ? defaultConfig : _a, _c = _b.relativeAccuracy, relativeAccuracy = _c === void 0 ? DEFAULT_RELATIVE_ACCURACY : _c;
        var mapping = new mapping_1.LogarithmicMapping(relativeAccuracy);
        var store = new store_1.DenseStore();
        var negativeStore = new store_1.DenseStore();
        return _super.call(this, { mapping: mapping, store: store, negativeStore: negativeStore, zeroCount: 0 }) || this;
    }
    return DDSketch;
}(BaseDDSketch));
exports.DDSketch = DDSketch;
var LogCollapsingLowestDenseDDSketch = /** @class */ (function (_super) {
    __extends(LogCollapsingLowestDenseDDSketch, _super);
    /**
     * Initialize a new LogCollapsingLowestDenseDDSketch
     *
     * @param relativeAccuracy The accuracy guarantee of the sketch (default 0.01)
     * @param binLimit Number of bins before lowest indices are collapsed (default 2048)
     */
    function LogCollapsingLowestDenseDDSketch(_a) {
        var _b = _a === void 0 ? defaultConfig : _a, _c = _b.relativeAccuracy, relativeAccuracy = _c === void 0 ? DEFAULT_RELATIVE_ACCURACY : _c, _d = _b.binLimit, binLimit = _d === void 0 ? DEFAULT_BIN_LIMIT : _d;
        var mapping = new mapping_1.LogarithmicMapping(relativeAccuracy);
        var store = new store_1.CollapsingLowestDenseStore(binLimit);
        var negativeStore = new store_1.CollapsingLowestDenseStore(binLimit);
        return _super.call(this, { mapping: mapping, store: store, negativeStore: negativeStore, zeroCount: 0 }) || this;
    }
    return LogCollapsingLowestDenseDDSketch;
}(BaseDDSketch));
exports.LogCollapsingLowestDenseDDSketch = LogCollapsingLowestDenseDDSketch;
var LogCollapsingHighestDenseDDSketch = /** @class */ (function (_super) {
    __extends(LogCollapsingHighestDenseDDSketch, _super);
    /**
     * Initialize a new LogCollapsingHighestDenseDDSketch
     *
     * @param relativeAccuracy The accuracy guarantee of the sketch (default 0.01)
     * @param binLimit Number of bins before highest indices are collapsed (default 2048)
     */
    function LogCollapsingHighestDenseDDSketch(_a) {
        var _b = _a === void 0 ? defaultConfig : _a, _c = _b.relativeAccuracy, relativeAccuracy = _c === void 0 ? DEFAULT_RELATIVE_ACCURACY : _c, _d = _b.binLimit, binLimit = _d === void 0 ? DEFAULT_BIN_LIMIT : _d;
        var mapping = new mapping_1.LogarithmicMapping(relativeAccuracy);
        var store = new store_1.CollapsingHighestDenseStore(binLimit);
        var negativeStore = new store_1.CollapsingHighestDenseStore(binLimit);
        return _super.call(this, { mapping: mapping, store: store, negativeStore: negativeStore, zeroCount: 0 }) || this;
    }
    return LogCollapsingHighestDenseDDSketch;
}(BaseDDSketch));
exports.LogCollapsingHighestDenseDDSketch = LogCollapsingHighestDenseDDSketch;


/***/ }),

/***/ 743:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(383), exports);


/***/ }),

/***/ 489:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CubicallyInterpolatedMapping = void 0;
var KeyMapping_1 = __nccwpck_require__(735);
var math_1 = __nccwpck_require__(221);
/**
 * A fast KeyMapping that approximates the memory-optimal LogarithmicMapping by
 * extracting the floor value of the logarithm to the base 2 from the binary
 * representations of floating-point values and cubically interpolating the
 * logarithm in-between.
 *
 * More detailed documentation of this method can be found in:
 * <a href="https://github.com/DataDog/sketches-java/">sketches-java</a>
 */
var CubicallyInterpolatedMapping = /** @class */ (function (_super) {
    __extends(CubicallyInterpolatedMapping, _super);
    function CubicallyInterpolatedMapping(relativeAccuracy, offset) {
        if (offset === void 0) { offset = 0; }
        var _this = _super.call(this, relativeAccuracy, offset) || this;
        _this.A = 6 / 35;
        _this.B = -3 / 5;
        _this.C = 10 / 7;
        _this._multiplier /= _this.C;
        return _this;
    }
    /** Approximates log2 using a cubic polynomial */
    CubicallyInterpolatedMapping.prototype._cubicLog2Approx = function (value) {
        var _a = (0, math_1.frexp)(value), mantissa = _a[0], exponent = _a[1];
        var significand = 2 * mantissa - 1;
        return (((this.A * significand + this.B) * significand + this.C) *
            significand +
            (exponent - 1));
    };
    /** Derived from Cardano's formula */
    CubicallyInterpolatedMapping.prototype._cubicExp2Approx = function (value) {
        var exponent = Math.floor(value);
        var delta0 = this.B * this.B - 3 * this.A * this.C;
        var delta1 = 2 * this.B * this.B * this.B -
            9 * this.A * this.B * this.C -
            27 * this.A * this.A * (value - exponent);
        var cardano = Math.cbrt((delta1 -
            Math.sqrt(delta1 * delta1 - 4 * delta0 * delta0 * delta0)) /
            2);
        var significandPlusOne = -(this.B + cardano + delta0 / cardano) / (3 * this.A) + 1;
        var mantissa = significandPlusOne / 2;
        return (0, math_1.ldexp)(mantissa, exponent + 1);
    };
    CubicallyInterpolatedMapping.prototype._logGamma = function (value) {
        return this._cubicLog2Approx(value) * this._multiplier;
    };
    CubicallyInterpolatedMapping.prototype._powGamma = function (value) {
        return this._cubicExp2Approx(value / this._multiplier);
    };
    CubicallyInterpolatedMapping.prototype._protoInterpolation = function () {
        var Interpolation = (__nccwpck_require__(279).IndexMapping).Interpolation;
        return Interpolation.CUBIC;
    };
    return CubicallyInterpolatedMapping;
}(KeyMapping_1.KeyMapping));
exports.CubicallyInterpolatedMapping = CubicallyInterpolatedMapping;


/***/ }),

/***/ 735:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KeyMapping = void 0;
var index_1 = __nccwpck_require__(262);
// 1.1125369292536007e-308
var MIN_SAFE_FLOAT = Math.pow(2, -1023);
var MAX_SAFE_FLOAT = Number.MAX_VALUE;
/**
 * A mapping between values and integer indices that imposes relative accuracy
 * guarantees. Specifically, for any value `minPossible() < value <
 * maxPossible` implementations of `KeyMapping` must be such that
 * `value(key(v))` is close to `v` with a relative error that is less than
 * `relativeAccuracy`.
 *
 * In implementations of KeyMapping, there is generally a trade-off between the
 * cost of computing the key and the number of keys that are required to cover a
 * given range of values (memory optimality). The most memory-optimal mapping is
 * the LogarithmicMapping, but it requires the costly evaluation of the logarithm
 * when computing the index. Other mappings can approximate the logarithmic
 * mapping, while being less computationally costly.
 */
var KeyMapping = /** @class */ (function () {
    function KeyMapping(relativeAccuracy, offset) {
        if (offset === void 0) { offset = 0; }
        if (relativeAccuracy <= 0 || relativeAccuracy >= 1) {
            throw Error('Relative accuracy must be between 0 and 1 when initializing a KeyMapping');
        }
        this.relativeAccuracy = relativeAccuracy;
        this._offset = offset;
        var gammaMantissa = (2 * relativeAccuracy) / (1 - relativeAccuracy);
        this.gamma = 1 + gammaMantissa;
        this._multiplier = 1 / Math.log1p(gammaMantissa);
        this.minPossible = MIN_SAFE_FLOAT * this.gamma;
        this.maxPossible = MAX_SAFE_FLOAT / this.gamma;
    }
    KeyMapping.fromGammaOffset = function (gamma, indexOffset) {
        var relativeAccuracy = (gamma - 1) / (gamma + 1);
        return new this(relativeAccuracy, indexOffset);
    };
    /** Retrieve the key specifying the bucket for a `value` */
    KeyMapping.prototype.key = function (value) {
        return Math.ceil(this._logGamma(value)) + this._offset;
    };
    /** Retrieve the value represented by the bucket at `key` */
    KeyMapping.prototype.value = function (key) {
        return this._powGamma(key - this._offset) * (2 / (1 + this.gamma));
    };
    KeyMapping.prototype.toProto = function () {
        var ProtoIndexMapping = (__nccwpck_require__(279).IndexMapping);
        return ProtoIndexMapping.create({
            gamma: this.gamma,
            indexOffset: this._offset,
            interpolation: this._protoInterpolation()
        });
    };
    KeyMapping.fromProto = function (protoMapping) {
        if (!protoMapping ||
            /* Double equals (==) is intentional here to check for
             * `null` | `undefined` without including `0` */
            protoMapping.gamma == null ||
            protoMapping.indexOffset == null) {
            throw Error('Failed to decode mapping from protobuf');
        }
        var Interpolation = (__nccwpck_require__(279).IndexMapping).Interpolation;
        var interpolation = protoMapping.interpolation, gamma = protoMapping.gamma, indexOffset = protoMapping.indexOffset;
        switch (interpolation) {
            case Interpolation.NONE:
                return index_1.LogarithmicMapping.fromGammaOffset(gamma, indexOffset);
            case Interpolation.LINEAR:
                return index_1.LinearlyInterpolatedMapping.fromGammaOffset(gamma, indexOffset);
            case Interpolation.CUBIC:
                return index_1.CubicallyInterpolatedMapping.fromGammaOffset(gamma, indexOffset);
            default:
                throw Error('Unrecognized mapping when decoding from protobuf');
        }
    };
    /** Return (an approximation of) the logarithm of the value base gamma */
    KeyMapping.prototype._logGamma = function (value) {
        return Math.log2(value) * this._multiplier;
    };
    /** Return (an approximation of) gamma to the power value */
    KeyMapping.prototype._powGamma = function (value) {
        return Math.pow(2, value / this._multiplier);
    };
    KeyMapping.prototype._protoInterpolation = function () {
        var Interpolation = (__nccwpck_require__(279).IndexMapping).Interpolation;
        return Interpolation.NONE;
    };
    return KeyMapping;
}());
exports.KeyMapping = KeyMapping;


/***/ }),

/***/ 633:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LinearlyInterpolatedMapping = void 0;
var KeyMapping_1 = __nccwpck_require__(735);
var math_1 = __nccwpck_require__(221);
/**
 * A fast KeyMapping that approximates the memory-optimal one
 * (LogarithmicMapping) by extracting the floor value of the logarithm to the
 * base 2 from the binary representations of floating-point values and
 * linearly interpolating the logarithm in-between.
 */
var LinearlyInterpolatedMapping = /** @class */ (function (_super) {
    __extends(LinearlyInterpolatedMapping, _super);
    function LinearlyInterpolatedMapping(relativeAccuracy, offset) {
        if (offset === void 0) { offset = 0; }
        return _super.call(this, relativeAccuracy, offset) || this;
    }
    /**
     * Approximates log2 by s + f
     * where v = (s+1) * 2 ** f  for s in [0, 1)
     *
     * frexp(v) returns m and e s.t.
     * v = m * 2 ** e ; (m in [0.5, 1) or 0.0)
     * so we adjust m and e accordingly
     */
    LinearlyInterpolatedMapping.prototype._log2Approx = function (value) {
        var _a = (0, math_1.frexp)(value), mantissa = _a[0], exponent = _a[1];
        var significand = 2 * mantissa - 1;
        return significand + (exponent - 1);
    };
    /** Inverse of _log2Approx */
    LinearlyInterpolatedMapping.prototype._exp2Approx = function (value) {
        var exponent = Math.floor(value) + 1;
        var mantissa = (value - exponent + 2) / 2;
        return (0, math_1.ldexp)(mantissa, exponent);
    };
    LinearlyInterpolatedMapping.prototype._logGamma = function (value) {
        return Math.log2(value) * this._multiplier;
    };
    LinearlyInterpolatedMapping.prototype._powGamma = function (value) {
        return Math.pow(2, value / this._multiplier);
    };
    LinearlyInterpolatedMapping.prototype._protoInterpolation = function () {
        var Interpolation = (__nccwpck_require__(279).IndexMapping).Interpolation;
        return Interpolation.LINEAR;
    };
    return LinearlyInterpolatedMapping;
}(KeyMapping_1.KeyMapping));
exports.LinearlyInterpolatedMapping = LinearlyInterpolatedMapping;


/***/ }),

/***/ 35:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LogarithmicMapping = void 0;
var KeyMapping_1 = __nccwpck_require__(735);
/**
 * A memory-optimal KeyMapping, i.e., given a targeted relative accuracy, it
 * requires the least number of keys to cover a given range of values. This is
 * done by logarithmically mapping floating-point values to integers.
 */
var LogarithmicMapping = /** @class */ (function (_super) {
    __extends(LogarithmicMapping, _super);
    function LogarithmicMapping(relativeAccuracy, offset) {
        if (offset === void 0) { offset = 0; }
        var _this = _super.call(this, relativeAccuracy, offset) || this;
        _this._multiplier *= Math.log(2);
        return _this;
    }
    LogarithmicMapping.prototype._logGamma = function (value) {
        return Math.log2(value) * this._multiplier;
    };
    LogarithmicMapping.prototype._powGamma = function (value) {
        return Math.pow(2, value / this._multiplier);
    };
    LogarithmicMapping.prototype._protoInterpolation = function () {
        var Interpolation = (__nccwpck_require__(279).IndexMapping).Interpolation;
        return Interpolation.NONE;
    };
    return LogarithmicMapping;
}(KeyMapping_1.KeyMapping));
exports.LogarithmicMapping = LogarithmicMapping;


/***/ }),

/***/ 262:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CubicallyInterpolatedMapping = exports.LinearlyInterpolatedMapping = exports.LogarithmicMapping = exports.KeyMapping = void 0;
var KeyMapping_1 = __nccwpck_require__(735);
Object.defineProperty(exports, "KeyMapping", ({ enumerable: true, get: function () { return KeyMapping_1.KeyMapping; } }));
var LogarithmicMapping_1 = __nccwpck_require__(35);
Object.defineProperty(exports, "LogarithmicMapping", ({ enumerable: true, get: function () { return LogarithmicMapping_1.LogarithmicMapping; } }));
var LinearlyInterpolatedMapping_1 = __nccwpck_require__(633);
Object.defineProperty(exports, "LinearlyInterpolatedMapping", ({ enumerable: true, get: function () { return LinearlyInterpolatedMapping_1.LinearlyInterpolatedMapping; } }));
var CubicallyInterpolatedMapping_1 = __nccwpck_require__(489);
Object.defineProperty(exports, "CubicallyInterpolatedMapping", ({ enumerable: true, get: function () { return CubicallyInterpolatedMapping_1.CubicallyInterpolatedMapping; } }));


/***/ }),

/***/ 221:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ldexp = exports.frexp = void 0;
/**
 * Splits a double-precision floating-point number into a normalized fraction
 * and an integer power of two.
 */
function frexp(value) {
    if (value === 0 || !Number.isFinite(value))
        return [value, 0];
    var absValue = Math.abs(value);
    var exponent = Math.max(-1023, Math.floor(Math.log2(absValue)) + 1);
    var mantissa = absValue * Math.pow(2, -exponent);
    while (mantissa < 0.5) {
        mantissa *= 2;
        exponent--;
    }
    while (mantissa >= 1) {
        mantissa *= 0.5;
        exponent++;
    }
    if (value < 0) {
        mantissa = -mantissa;
    }
    return [mantissa, exponent];
}
exports.frexp = frexp;
/**
 * Multiplies a double-precision floating-point number by an integer power of
 * two; i.e., x = frac * 2^exp.
 */
function ldexp(mantissa, exponent) {
    var iterations = Math.min(3, Math.ceil(Math.abs(exponent) / 1023));
    var result = mantissa;
    for (var i = 0; i < iterations; i++) {
        result *= Math.pow(2, Math.floor((exponent + i) / iterations));
    }
    return result;
}
exports.ldexp = ldexp;


/***/ }),

/***/ 279:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/

var $protobuf = __nccwpck_require__(945);
// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});
$root.DDSketch = (function () {
    /**
     * Properties of a DDSketch.
     * @exports IDDSketch
     * @interface IDDSketch
     * @property {IIndexMapping|null} [mapping] DDSketch mapping
     * @property {IStore|null} [positiveValues] DDSketch positiveValues
     * @property {IStore|null} [negativeValues] DDSketch negativeValues
     * @property {number|null} [zeroCount] DDSketch zeroCount
     */
    /**
     * Constructs a new DDSketch.
     * @exports DDSketch
     * @classdesc Represents a DDSketch.
     * @implements IDDSketch
     * @constructor
     * @param {IDDSketch=} [properties] Properties to set
     */
    function DDSketch(properties) {
        if (properties)
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null)
                    this[keys[i]] = properties[keys[i]];
    }
    /**
     * DDSketch mapping.
     * @member {IIndexMapping|null|undefined} mapping
     * @memberof DDSketch
     * @instance
     */
    DDSketch.prototype.mapping = null;
    /**
     * DDSketch positiveValues.
     * @member {IStore|null|undefined} positiveValues
     * @memberof DDSketch
     * @instance
     */
    DDSketch.prototype.positiveValues = null;
    /**
     * DDSketch negativeValues.
     * @member {IStore|null|undefined} negativeValues
     * @memberof DDSketch
     * @instance
     */
    DDSketch.prototype.negativeValues = null;
    /**
     * DDSketch zeroCount.
     * @member {number} zeroCount
     * @memberof DDSketch
     * @instance
     */
    DDSketch.prototype.zeroCount = 0;
    /**
     * Creates a new DDSketch instance using the specified properties.
     * @function create
     * @memberof DDSketch
     * @static
     * @param {IDDSketch=} [properties] Properties to set
     * @returns {DDSketch} DDSketch instance
     */
    DDSketch.create = function create(properties) {
        return new DDSketch(properties);
    };
    /**
     * Encodes the specified DDSketch message. Does not implicitly {@link DDSketch.verify|verify} messages.
     * @function encode
     * @memberof DDSketch
     * @static
     * @param {IDDSketch} message DDSketch message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    DDSketch.encode = function encode(message, writer) {
        if (!writer)
            writer = $Writer.create();
        if (message.mapping != null && Object.hasOwnProperty.call(message, "mapping"))
            $root.IndexMapping.encode(message.mapping, writer.uint32(/* id 1, wireType 2 =*/ 10).fork()).ldelim();
        if (message.positiveValues != null && Object.hasOwnProperty.call(message, "positiveValues"))
            $root.Store.encode(message.positiveValues, writer.uint32(/* id 2, wireType 2 =*/ 18).fork()).ldelim();
        if (message.negativeValues != null && Object.hasOwnProperty.call(message, "negativeValues"))
            $root.Store.encode(message.negativeValues, writer.uint32(/* id 3, wireType 2 =*/ 26).fork()).ldelim();
        if (message.zeroCount != null && Object.hasOwnProperty.call(message, "zeroCount"))
            writer.uint32(/* id 4, wireType 1 =*/ 33).double(message.zeroCount);
        return writer;
    };
    /**
     * Encodes the specified DDSketch message, length delimited. Does not implicitly {@link DDSketch.verify|verify} messages.
     * @function encodeDelimited
     * @memberof DDSketch
     * @static
     * @param {IDDSketch} message DDSketch message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    DDSketch.encodeDelimited = function encodeDelimited(message, writer) {
        return this.encode(message, writer).ldelim();
    };
    /**
     * Decodes a DDSketch message from the specified reader or buffer.
     * @function decode
     * @memberof DDSketch
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {DDSketch} DDSketch
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    DDSketch.decode = function decode(reader, length) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        var end = length === undefined ? reader.len : reader.pos + length, message = new $root.DDSketch();
        while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
                case 1:
                    message.mapping = $root.IndexMapping.decode(reader, reader.uint32());
                    break;
                case 2:
                    message.positiveValues = $root.Store.decode(reader, reader.uint32());
                    break;
                case 3:
                    message.negativeValues = $root.Store.decode(reader, reader.uint32());
                    break;
                case 4:
                    message.zeroCount = reader.double();
                    break;
                default:
                    reader.skipType(tag & 7);
                    break;
            }
        }
        return message;
    };
    /**
     * Decodes a DDSketch message from the specified reader or buffer, length delimited.
     * @function decodeDelimited
     * @memberof DDSketch
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @returns {DDSketch} DDSketch
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    DDSketch.decodeDelimited = function decodeDelimited(reader) {
        if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
        return this.decode(reader, reader.uint32());
    };
    /**
     * Verifies a DDSketch message.
     * @function verify
     * @memberof DDSketch
     * @static
     * @param {Object.<string,*>} message Plain object to verify
     * @returns {string|null} `null` if valid, otherwise the reason why it is not
     */
    DDSketch.verify = function verify(message) {
        if (typeof message !== "object" || message === null)
            return "object expected";
        if (message.mapping != null && message.hasOwnProperty("mapping")) {
            var error = $root.IndexMapping.verify(message.mapping);
            if (error)
                return "mapping." + error;
        }
        if (message.positiveValues != null && message.hasOwnProperty("positiveValues")) {
            var error = $root.Store.verify(message.positiveValues);
            if (error)
                return "positiveValues." + error;
        }
        if (message.negativeValues != null && message.hasOwnProperty("negativeValues")) {
            var error = $root.Store.verify(message.negativeValues);
            if (error)
                return "negativeValues." + error;
        }
        if (message.zeroCount != null && message.hasOwnProperty("zeroCount"))
            if (typeof message.zeroCount !== "number")
                return "zeroCount: number expected";
        return null;
    };
    /**
     * Creates a DDSketch message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof DDSketch
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {DDSketch} DDSketch
     */
    DDSketch.fromObject = function fromObject(object) {
        if (object instanceof $root.DDSketch)
            return object;
        var message = new $root.DDSketch();
        if (object.mapping != null) {
            if (typeof object.mapping !== "object")
                throw TypeError(".DDSketch.mapping: object expected");
            message.mapping = $root.IndexMapping.fromObject(object.mapping);
        }
        if (object.positiveValues != null) {
            if (typeof object.positiveValues !== "object")
                throw TypeError(".DDSketch.positiveValues: object expected");
            message.positiveValues = $root.Store.fromObject(object.positiveValues);
        }
        if (object.negativeValues != null) {
            if (typeof object.negativeValues !== "object")
                throw TypeError(".DDSketch.negativeValues: object expected");
            message.negativeValues = $root.Store.fromObject(object.negativeValues);
        }
        if (object.zeroCount != null)
            message.zeroCount = Number(object.zeroCount);
        return message;
    };
    /**
     * Creates a plain object from a DDSketch message. Also converts values to other types if specified.
     * @function toObject
     * @memberof DDSketch
     * @static
     * @param {DDSketch} message DDSketch
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    DDSketch.toObject = function toObject(message, options) {
        if (!options)
            options = {};
        var object = {};
        if (options.defaults) {
            object.mapping = null;
            object.positiveValues = null;
            object.negativeValues = null;
            object.zeroCount = 0;
        }
        if (message.mapping != null && message.hasOwnProperty("mapping"))
            object.mapping = $root.IndexMapping.toObject(message.mapping, options);
        if (message.positiveValues != null && message.hasOwnProperty("positiveValues"))
            object.positiveValues = $root.Store.toObject(message.positiveValues, options);
        if (message.negativeValues != null && message.hasOwnProperty("negativeValues"))
            object.negativeValues = $root.Store.toObject(message.negativeValues, options);
        if (message.zeroCount != null && message.hasOwnProperty("zeroCount"))
            object.zeroCount = options.json && !isFinite(message.zeroCount) ? String(message.zeroCount) : message.zeroCount;
        return object;
    };
    /**
     * Converts this DDSketch to JSON.
     * @function toJSON
     * @memberof DDSketch
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    DDSketch.prototype.toJSON = function toJSON() {
        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
    };
    return DDSketch;
})();
$root.IndexMapping = (function () {
    /**
     * Properties of an IndexMapping.
     * @exports IIndexMapping
     * @interface IIndexMapping
     * @property {number|null} [gamma] IndexMapping gamma
     * @property {number|null} [indexOffset] IndexMapping indexOffset
     * @property {IndexMapping.Interpolation|null} [interpolation] IndexMapping interpolation
     */
    /**
     * Constructs a new IndexMapping.
     * @exports IndexMapping
     * @classdesc Represents an IndexMapping.
     * @implements IIndexMapping
     * @constructor
     * @param {IIndexMapping=} [properties] Properties to set
     */
    function IndexMapping(properties) {
        if (properties)
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null)
                    this[keys[i]] = properties[keys[i]];
    }
    /**
     * IndexMapping gamma.
     * @member {number} gamma
     * @memberof IndexMapping
     * @instance
     */
    IndexMapping.prototype.gamma = 0;
    /**
     * IndexMapping indexOffset.
     * @member {number} indexOffset
     * @memberof IndexMapping
     * @instance
     */
    IndexMapping.prototype.indexOffset = 0;
    /**
     * IndexMapping interpolation.
     * @member {IndexMapping.Interpolation} interpolation
     * @memberof IndexMapping
     * @instance
     */
    IndexMapping.prototype.interpolation = 0;
    /**
     * Creates a new IndexMapping instance using the specified properties.
     * @function create
     * @memberof IndexMapping
     * @static
     * @param {IIndexMapping=} [properties] Properties to set
     * @returns {IndexMapping} IndexMapping instance
     */
    IndexMapping.create = function create(properties) {
        return new IndexMapping(properties);
    };
    /**
     * Encodes the specified IndexMapping message. Does not implicitly {@link IndexMapping.verify|verify} messages.
     * @function encode
     * @memberof IndexMapping
     * @static
     * @param {IIndexMapping} message IndexMapping message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    IndexMapping.encode = function encode(message, writer) {
        if (!writer)
            writer = $Writer.create();
        if (message.gamma != null && Object.hasOwnProperty.call(message, "gamma"))
            writer.uint32(/* id 1, wireType 1 =*/ 9).double(message.gamma);
        if (message.indexOffset != null && Object.hasOwnProperty.call(message, "indexOffset"))
            writer.uint32(/* id 2, wireType 1 =*/ 17).double(message.indexOffset);
        if (message.interpolation != null && Object.hasOwnProperty.call(message, "interpolation"))
            writer.uint32(/* id 3, wireType 0 =*/ 24).int32(message.interpolation);
        return writer;
    };
    /**
     * Encodes the specified IndexMapping message, length delimited. Does not implicitly {@link IndexMapping.verify|verify} messages.
     * @function encodeDelimited
     * @memberof IndexMapping
     * @static
     * @param {IIndexMapping} message IndexMapping message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    IndexMapping.encodeDelimited = function encodeDelimited(message, writer) {
        return this.encode(message, writer).ldelim();
    };
    /**
     * Decodes an IndexMapping message from the specified reader or buffer.
     * @function decode
     * @memberof IndexMapping
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {IndexMapping} IndexMapping
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    IndexMapping.decode = function decode(reader, length) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        var end = length === undefined ? reader.len : reader.pos + length, message = new $root.IndexMapping();
        while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
                case 1:
                    message.gamma = reader.double();
                    break;
                case 2:
                    message.indexOffset = reader.double();
                    break;
                case 3:
                    message.interpolation = reader.int32();
                    break;
                default:
                    reader.skipType(tag & 7);
                    break;
            }
        }
        return message;
    };
    /**
     * Decodes an IndexMapping message from the specified reader or buffer, length delimited.
     * @function decodeDelimited
     * @memberof IndexMapping
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @returns {IndexMapping} IndexMapping
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    IndexMapping.decodeDelimited = function decodeDelimited(reader) {
        if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
        return this.decode(reader, reader.uint32());
    };
    /**
     * Verifies an IndexMapping message.
     * @function verify
     * @memberof IndexMapping
     * @static
     * @param {Object.<string,*>} message Plain object to verify
     * @returns {string|null} `null` if valid, otherwise the reason why it is not
     */
    IndexMapping.verify = function verify(message) {
        if (typeof message !== "object" || message === null)
            return "object expected";
        if (message.gamma != null && message.hasOwnProperty("gamma"))
            if (typeof message.gamma !== "number")
                return "gamma: number expected";
        if (message.indexOffset != null && message.hasOwnProperty("indexOffset"))
            if (typeof message.indexOffset !== "number")
                return "indexOffset: number expected";
        if (message.interpolation != null && message.hasOwnProperty("interpolation"))
            switch (message.interpolation) {
                default:
                    return "interpolation: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                    break;
            }
        return null;
    };
    /**
     * Creates an IndexMapping message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof IndexMapping
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {IndexMapping} IndexMapping
     */
    IndexMapping.fromObject = function fromObject(object) {
        if (object instanceof $root.IndexMapping)
            return object;
        var message = new $root.IndexMapping();
        if (object.gamma != null)
            message.gamma = Number(object.gamma);
        if (object.indexOffset != null)
            message.indexOffset = Number(object.indexOffset);
        switch (object.interpolation) {
            case "NONE":
            case 0:
                message.interpolation = 0;
                break;
            case "LINEAR":
            case 1:
                message.interpolation = 1;
                break;
            case "QUADRATIC":
            case 2:
                message.interpolation = 2;
                break;
            case "CUBIC":
            case 3:
                message.interpolation = 3;
                break;
        }
        return message;
    };
    /**
     * Creates a plain object from an IndexMapping message. Also converts values to other types if specified.
     * @function toObject
     * @memberof IndexMapping
     * @static
     * @param {IndexMapping} message IndexMapping
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    IndexMapping.toObject = function toObject(message, options) {
        if (!options)
            options = {};
        var object = {};
        if (options.defaults) {
            object.gamma = 0;
            object.indexOffset = 0;
            object.interpolation = options.enums === String ? "NONE" : 0;
        }
        if (message.gamma != null && message.hasOwnProperty("gamma"))
            object.gamma = options.json && !isFinite(message.gamma) ? String(message.gamma) : message.gamma;
        if (message.indexOffset != null && message.hasOwnProperty("indexOffset"))
            object.indexOffset = options.json && !isFinite(message.indexOffset) ? String(message.indexOffset) : message.indexOffset;
        if (message.interpolation != null && message.hasOwnProperty("interpolation"))
            object.interpolation = options.enums === String ? $root.IndexMapping.Interpolation[message.interpolation] : message.interpolation;
        return object;
    };
    /**
     * Converts this IndexMapping to JSON.
     * @function toJSON
     * @memberof IndexMapping
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    IndexMapping.prototype.toJSON = function toJSON() {
        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
    };
    /**
     * Interpolation enum.
     * @name IndexMapping.Interpolation
     * @enum {number}
     * @property {number} NONE=0 NONE value
     * @property {number} LINEAR=1 LINEAR value
     * @property {number} QUADRATIC=2 QUADRATIC value
     * @property {number} CUBIC=3 CUBIC value
     */
    IndexMapping.Interpolation = (function () {
        var valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "NONE"] = 0;
        values[valuesById[1] = "LINEAR"] = 1;
        values[valuesById[2] = "QUADRATIC"] = 2;
        values[valuesById[3] = "CUBIC"] = 3;
        return values;
    })();
    return IndexMapping;
})();
$root.Store = (function () {
    /**
     * Properties of a Store.
     * @exports IStore
     * @interface IStore
     * @property {Object.<string,number>|null} [binCounts] Store binCounts
     * @property {Array.<number>|null} [contiguousBinCounts] Store contiguousBinCounts
     * @property {number|null} [contiguousBinIndexOffset] Store contiguousBinIndexOffset
     */
    /**
     * Constructs a new Store.
     * @exports Store
     * @classdesc Represents a Store.
     * @implements IStore
     * @constructor
     * @param {IStore=} [properties] Properties to set
     */
    function Store(properties) {
        this.binCounts = {};
        this.contiguousBinCounts = [];
        if (properties)
            for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null)
                    this[keys[i]] = properties[keys[i]];
    }
    /**
     * Store binCounts.
     * @member {Object.<string,number>} binCounts
     * @memberof Store
     * @instance
     */
    Store.prototype.binCounts = $util.emptyObject;
    /**
     * Store contiguousBinCounts.
     * @member {Array.<number>} contiguousBinCounts
     * @memberof Store
     * @instance
     */
    Store.prototype.contiguousBinCounts = $util.emptyArray;
    /**
     * Store contiguousBinIndexOffset.
     * @member {number} contiguousBinIndexOffset
     * @memberof Store
     * @instance
     */
    Store.prototype.contiguousBinIndexOffset = 0;
    /**
     * Creates a new Store instance using the specified properties.
     * @function create
     * @memberof Store
     * @static
     * @param {IStore=} [properties] Properties to set
     * @returns {Store} Store instance
     */
    Store.create = function create(properties) {
        return new Store(properties);
    };
    /**
     * Encodes the specified Store message. Does not implicitly {@link Store.verify|verify} messages.
     * @function encode
     * @memberof Store
     * @static
     * @param {IStore} message Store message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    Store.encode = function encode(message, writer) {
        if (!writer)
            writer = $Writer.create();
        if (message.binCounts != null && Object.hasOwnProperty.call(message, "binCounts"))
            for (var keys = Object.keys(message.binCounts), i = 0; i < keys.length; ++i)
                writer.uint32(/* id 1, wireType 2 =*/ 10).fork().uint32(/* id 1, wireType 0 =*/ 8).sint32(keys[i]).uint32(/* id 2, wireType 1 =*/ 17).double(message.binCounts[keys[i]]).ldelim();
        if (message.contiguousBinCounts != null && message.contiguousBinCounts.length) {
            writer.uint32(/* id 2, wireType 2 =*/ 18).fork();
            for (var i = 0; i < message.contiguousBinCounts.length; ++i)
                writer.double(message.contiguousBinCounts[i]);
            writer.ldelim();
        }
        if (message.contiguousBinIndexOffset != null && Object.hasOwnProperty.call(message, "contiguousBinIndexOffset"))
            writer.uint32(/* id 3, wireType 0 =*/ 24).sint32(message.contiguousBinIndexOffset);
        return writer;
    };
    /**
     * Encodes the specified Store message, length delimited. Does not implicitly {@link Store.verify|verify} messages.
     * @function encodeDelimited
     * @memberof Store
     * @static
     * @param {IStore} message Store message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    Store.encodeDelimited = function encodeDelimited(message, writer) {
        return this.encode(message, writer).ldelim();
    };
    /**
     * Decodes a Store message from the specified reader or buffer.
     * @function decode
     * @memberof Store
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {Store} Store
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    Store.decode = function decode(reader, length) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        var end = length === undefined ? reader.len : reader.pos + length, message = new $root.Store(), key, value;
        while (reader.pos < end) {
            var tag = reader.uint32();
            switch (tag >>> 3) {
                case 1:
                    if (message.binCounts === $util.emptyObject)
                        message.binCounts = {};
                    var end2 = reader.uint32() + reader.pos;
                    key = 0;
                    value = 0;
                    while (reader.pos < end2) {
                        var tag2 = reader.uint32();
                        switch (tag2 >>> 3) {
                            case 1:
                                key = reader.sint32();
                                break;
                            case 2:
                                value = reader.double();
                                break;
                            default:
                                reader.skipType(tag2 & 7);
                                break;
                        }
                    }
                    message.binCounts[key] = value;
                    break;
                case 2:
                    if (!(message.contiguousBinCounts && message.contiguousBinCounts.length))
                        message.contiguousBinCounts = [];
                    if ((tag & 7) === 2) {
                        var end2 = reader.uint32() + reader.pos;
                        while (reader.pos < end2)
                            message.contiguousBinCounts.push(reader.double());
                    }
                    else
                        message.contiguousBinCounts.push(reader.double());
                    break;
                case 3:
                    message.contiguousBinIndexOffset = reader.sint32();
                    break;
                default:
                    reader.skipType(tag & 7);
                    break;
            }
        }
        return message;
    };
    /**
     * Decodes a Store message from the specified reader or buffer, length delimited.
     * @function decodeDelimited
     * @memberof Store
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @returns {Store} Store
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    Store.decodeDelimited = function decodeDelimited(reader) {
        if (!(reader instanceof $Reader))
            reader = new $Reader(reader);
        return this.decode(reader, reader.uint32());
    };
    /**
     * Verifies a Store message.
     * @function verify
     * @memberof Store
     * @static
     * @param {Object.<string,*>} message Plain object to verify
     * @returns {string|null} `null` if valid, otherwise the reason why it is not
     */
    Store.verify = function verify(message) {
        if (typeof message !== "object" || message === null)
            return "object expected";
        if (message.binCounts != null && message.hasOwnProperty("binCounts")) {
            if (!$util.isObject(message.binCounts))
                return "binCounts: object expected";
            var key = Object.keys(message.binCounts);
            for (var i = 0; i < key.length; ++i) {
                if (!$util.key32Re.test(key[i]))
                    return "binCounts: integer key{k:sint32} expected";
                if (typeof message.binCounts[key[i]] !== "number")
                    return "binCounts: number{k:sint32} expected";
            }
        }
        if (message.contiguousBinCounts != null && message.hasOwnProperty("contiguousBinCounts")) {
            if (!Array.isArray(message.contiguousBinCounts))
                return "contiguousBinCounts: array expected";
            for (var i = 0; i < message.contiguousBinCounts.length; ++i)
                if (typeof message.contiguousBinCounts[i] !== "number")
                    return "contiguousBinCounts: number[] expected";
        }
        if (message.contiguousBinIndexOffset != null && message.hasOwnProperty("contiguousBinIndexOffset"))
            if (!$util.isInteger(message.contiguousBinIndexOffset))
                return "contiguousBinIndexOffset: integer expected";
        return null;
    };
    /**
     * Creates a Store message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof Store
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {Store} Store
     */
    Store.fromObject = function fromObject(object) {
        if (object instanceof $root.Store)
            return object;
        var message = new $root.Store();
        if (object.binCounts) {
            if (typeof object.binCounts !== "object")
                throw TypeError(".Store.binCounts: object expected");
            message.binCounts = {};
            for (var keys = Object.keys(object.binCounts), i = 0; i < keys.length; ++i)
                message.binCounts[keys[i]] = Number(object.binCounts[keys[i]]);
        }
        if (object.contiguousBinCounts) {
            if (!Array.isArray(object.contiguousBinCounts))
                throw TypeError(".Store.contiguousBinCounts: array expected");
            message.contiguousBinCounts = [];
            for (var i = 0; i < object.contiguousBinCounts.length; ++i)
                message.contiguousBinCounts[i] = Number(object.contiguousBinCounts[i]);
        }
        if (object.contiguousBinIndexOffset != null)
            message.contiguousBinIndexOffset = object.contiguousBinIndexOffset | 0;
        return message;
    };
    /**
     * Creates a plain object from a Store message. Also converts values to other types if specified.
     * @function toObject
     * @memberof Store
     * @static
     * @param {Store} message Store
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    Store.toObject = function toObject(message, options) {
        if (!options)
            options = {};
        var object = {};
        if (options.arrays || options.defaults)
            object.contiguousBinCounts = [];
        if (options.objects || options.defaults)
            object.binCounts = {};
        if (options.defaults)
            object.contiguousBinIndexOffset = 0;
        var keys2;
        if (message.binCounts && (keys2 = Object.keys(message.binCounts)).length) {
            object.binCounts = {};
            for (var j = 0; j < keys2.length; ++j)
                object.binCounts[keys2[j]] = options.json && !isFinite(message.binCounts[keys2[j]]) ? String(message.binCounts[keys2[j]]) : message.binCounts[keys2[j]];
        }
        if (message.contiguousBinCounts && message.contiguousBinCounts.length) {
            object.contiguousBinCounts = [];
            for (var j = 0; j < message.contiguousBinCounts.length; ++j)
                object.contiguousBinCounts[j] = options.json && !isFinite(message.contiguousBinCounts[j]) ? String(message.contiguousBinCounts[j]) : message.contiguousBinCounts[j];
        }
        if (message.contiguousBinIndexOffset != null && message.hasOwnProperty("contiguousBinIndexOffset"))
            object.contiguousBinIndexOffset = message.contiguousBinIndexOffset;
        return object;
    };
    /**
     * Converts this Store to JSON.
     * @function toJSON
     * @memberof Store
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    Store.prototype.toJSON = function toJSON() {
        return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
    };
    return Store;
})();
module.exports = $root;


/***/ }),

/***/ 797:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CollapsingHighestDenseStore = void 0;
var DenseStore_1 = __nccwpck_require__(721);
var util_1 = __nccwpck_require__(109);
/**
 * `CollapsingHighestDenseStore` is a dense store that keeps all the bins between
 * the bin for the `minKey` and the `maxKey`, but collapsing the left-most bins
 * if the number of bins exceeds `binLimit`
 */
var CollapsingHighestDenseStore = /** @class */ (function (_super) {
    __extends(CollapsingHighestDenseStore, _super);
    /**
     * Initialize a new CollapsingHighestDenseStore
     *
     * @param binLimit The maximum number of bins
     * @param chunkSize The number of bins to add each time the bins grow (default 128)
     */
    function CollapsingHighestDenseStore(binLimit, chunkSize) {
        var _this = _super.call(this, chunkSize) || this;
        _this.binLimit = binLimit;
        _this.isCollapsed = false;
        return _this;
    }
    /**
     * Merge the contents of the parameter `store` into this store
     *
     * @param store The store to merge into the caller store
     */
    CollapsingHighestDenseStore.prototype.merge = function (store) {
        if (store.count === 0) {
            return;
        }
        if (this.count === 0) {
            this.copy(store);
            return;
        }
        if (store.minKey < this.minKey || store.maxKey > this.maxKey) {
            this._extendRange(store.minKey, store.maxKey);
        }
        var collapseEndIndex = store.maxKey - store.offset + 1;
        var collapseStartIndex = Math.max(this.maxKey + 1, store.minKey) - store.offset;
        if (collapseEndIndex > collapseStartIndex) {
            var collapseCount = (0, util_1.sumOfRange)(store.bins, collapseStartIndex, collapseEndIndex);
            this.bins[this.length() - 1] += collapseCount;
        }
        else {
            collapseStartIndex = collapseEndIndex;
        }
        for (var key = store.minKey; key < collapseStartIndex + store.offset; key++) {
            this.bins[key - this.offset] += store.bins[key - store.offset];
        }
        this.count += store.count;
    };
    /**
     * Directly clone the contents of the parameter `store` into this store
     *
     * @param store The store to be copied into the caller store
     */
    CollapsingHighestDenseStore.prototype.copy = function (store) {
        _super.prototype.copy.call(this, store);
        this.isCollapsed = store.isCollapsed;
    };
    CollapsingHighestDenseStore.prototype._getNewLength = function (newMinKey, newMaxKey) {
        var desiredLength = newMaxKey - newMinKey + 1;
        return Math.min(this.chunkSize * Math.ceil(desiredLength / this.chunkSize), this.binLimit);
    };
    /**
     * Adjust the `bins`, the `offset`, the `minKey`, and the `maxKey`
     * without resizing the bins, in order to try to make it fit the specified range.
     * Collapse to the left if necessary
     */
    CollapsingHighestDenseStore.prototype._adjust = function (newMinKey, newMaxKey) {
        if (newMaxKey - newMinKey + 1 > this.length()) {
            // The range of keys is too wide, the lowest bins need to be collapsed
            newMaxKey = newMinKey + this.length() + 1;
            if (newMaxKey <= this.minKey) {
                // Put everything in the first bin
                this.offset = newMinKey;
                this.maxKey = newMaxKey;
                this.bins.fill(0);
                this.bins[this.length() - 1] = this.count;
            }
            else {
                var shift = this.offset - newMinKey;
                if (shift > 0) {
                    var collapseStartIndex = newMaxKey - this.offset + 1;
                    var collapseEndIndex = this.maxKey - this.offset + 1;
                    var collapsedCount = (0, util_1.sumOfRange)(this.bins, collapseStartIndex, collapseEndIndex);
                    this.bins.fill(0, collapseStartIndex, collapseEndIndex);
                    this.bins[collapseStartIndex - 1] += collapsedCount;
                    this.maxKey = newMaxKey;
                    this._shiftBins(shift);
                }
                else {
                    this.maxKey = newMaxKey;
                    // Shift the buckets to make room for newMinKey
                    this._shiftBins(shift);
                }
                this.minKey = newMinKey;
                this.isCollapsed = true;
            }
        }
        else {
            this._centerBins(newMinKey, newMaxKey);
            this.minKey = newMinKey;
            this.maxKey = newMaxKey;
        }
    };
    /** Calculate the bin index for the key, extending the range if necessary */
    CollapsingHighestDenseStore.prototype._getIndex = function (key) {
        if (key < this.minKey) {
            if (this.isCollapsed) {
                return this.length() - 1;
            }
            this._extendRange(key);
            if (this.isCollapsed) {
                return this.length() - 1;
            }
        }
        else if (key > this.maxKey) {
            this._extendRange(key);
        }
        return key - this.offset;
    };
    return CollapsingHighestDenseStore;
}(DenseStore_1.DenseStore));
exports.CollapsingHighestDenseStore = CollapsingHighestDenseStore;


/***/ }),

/***/ 531:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CollapsingLowestDenseStore = void 0;
var DenseStore_1 = __nccwpck_require__(721);
var util_1 = __nccwpck_require__(109);
/**
 * `CollapsingLowestDenseStore` is a dense store that keeps all the bins between
 * the bin for the `minKey` and the `maxKey`, but collapsing the left-most bins
 * if the number of bins exceeds `binLimit`
 */
var CollapsingLowestDenseStore = /** @class */ (function (_super) {
    __extends(CollapsingLowestDenseStore, _super);
    /**
     * Initialize a new CollapsingLowestDenseStore
     *
     * @param binLimit The maximum number of bins
     * @param chunkSize The number of bins to add each time the bins grow (default 128)
     */
    function CollapsingLowestDenseStore(binLimit, chunkSize) {
        var _this = _super.call(this, chunkSize) || this;
        _this.binLimit = binLimit;
        _this.isCollapsed = false;
        return _this;
    }
    /**
     * Merge the contents of the parameter `store` into this store
     *
     * @param store The store to merge into the caller store
     */
    CollapsingLowestDenseStore.prototype.merge = function (store) {
        if (store.count === 0) {
            return;
        }
        if (this.count === 0) {
            this.copy(store);
            return;
        }
        if (store.minKey < this.minKey || store.maxKey > this.maxKey) {
            this._extendRange(store.minKey, store.maxKey);
        }
        var collapseStartIndex = store.minKey - store.offset;
        var collapseEndIndex = Math.min(this.minKey, store.maxKey + 1) - store.offset;
        if (collapseEndIndex > collapseStartIndex) {
            var collapseCount = (0, util_1.sumOfRange)(store.bins, collapseStartIndex, collapseEndIndex);
            this.bins[0] += collapseCount;
        }
        else {
            collapseEndIndex = collapseStartIndex;
        }
        for (var key = collapseEndIndex + store.offset; key < store.maxKey + 1; key++) {
            this.bins[key - this.offset] += store.bins[key - store.offset];
        }
        this.count += store.count;
    };
    /**
     * Directly clone the contents of the parameter `store` into this store
     *
     * @param store The store to be copied into the caller store
     */
    CollapsingLowestDenseStore.prototype.copy = function (store) {
        _super.prototype.copy.call(this, store);
        this.isCollapsed = store.isCollapsed;
    };
    CollapsingLowestDenseStore.prototype._getNewLength = function (newMinKey, newMaxKey) {
        var desiredLength = newMaxKey - newMinKey + 1;
        return Math.min(this.chunkSize * Math.ceil(desiredLength / this.chunkSize), this.binLimit);
    };
    /**
     * Adjust the `bins`, the `offset`, the `minKey`, and the `maxKey`
     * without resizing the bins, in order to try to make it fit the specified range.
     * Collapse to the left if necessary
     */
    CollapsingLowestDenseStore.prototype._adjust = function (newMinKey, newMaxKey) {
        if (newMaxKey - newMinKey + 1 > this.length()) {
            // The range of keys is too wide, the lowest bins need to be collapsed
            newMinKey = newMaxKey - this.length() + 1;
            if (newMinKey >= this.maxKey) {
                // Put everything in the first bin
                this.offset = newMinKey;
                this.minKey = newMinKey;
                this.bins.fill(0);
                this.bins[0] = this.count;
            }
            else {
                var shift = this.offset - newMinKey;
                if (shift < 0) {
                    var collapseStartIndex = this.minKey - this.offset;
                    var collapseEndIndex = newMinKey - this.offset;
                    var collapsedCount = (0, util_1.sumOfRange)(this.bins, collapseStartIndex, collapseEndIndex);
                    this.bins.fill(0, collapseStartIndex, collapseEndIndex);
                    this.bins[collapseEndIndex] += collapsedCount;
                    this.minKey = newMinKey;
                    this._shiftBins(shift);
                }
                else {
                    this.minKey = newMinKey;
                    // Shift the buckets to make room for newMinKey
                    this._shiftBins(shift);
                }
            }
            this.maxKey = newMaxKey;
            this.isCollapsed = true;
        }
        else {
            this._centerBins(newMinKey, newMaxKey);
            this.minKey = newMinKey;
            this.maxKey = newMaxKey;
        }
    };
    /** Calculate the bin index for the key, extending the range if necessary */
    CollapsingLowestDenseStore.prototype._getIndex = function (key) {
        if (key < this.minKey) {
            if (this.isCollapsed) {
                return 0;
            }
            this._extendRange(key);
            if (this.isCollapsed) {
                return 0;
            }
        }
        else if (key > this.maxKey) {
            this._extendRange(key);
        }
        return key - this.offset;
    };
    return CollapsingLowestDenseStore;
}(DenseStore_1.DenseStore));
exports.CollapsingLowestDenseStore = CollapsingLowestDenseStore;


/***/ }),

/***/ 721:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __spreadArray = (this && this.__spreadArray) || function (to, from, pack) {
    if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
        }
    }
    return to.concat(ar || Array.prototype.slice.call(from));
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DenseStore = void 0;
var util_1 = __nccwpck_require__(109);
/** The default number of bins to grow when necessary */
var CHUNK_SIZE = 128;
/**
 * `DenseStore` is a store that keeps all the bins between
 * the bin for the `minKey` and the `maxKey`.
 */
var DenseStore = /** @class */ (function () {
    /**
     * Initialize a new DenseStore
     *
     * @param chunkSize The number of bins to add each time the bins grow (default 128)
     */
    function DenseStore(chunkSize) {
        if (chunkSize === void 0) { chunkSize = CHUNK_SIZE; }
        this.chunkSize = chunkSize;
        this.bins = [];
        this.count = 0;
        this.minKey = Infinity;
        this.maxKey = -Infinity;
        this.offset = 0;
    }
    /**
     * Update the counter at the specified index key, growing the number of bins if necessary
     *
     * @param key The key of the index to update
     * @param weight The amount to weight the key (default 1.0)
     */
    DenseStore.prototype.add = function (key, weight) {
        if (weight === void 0) { weight = 1; }
        var index = this._getIndex(key);
        this.bins[index] += weight;
        this.count += weight;
    };
    /**
     * Return the key for the value at the given rank
     *
     * E.g., if the non-zero bins are [1, 1] for keys a, b with no offset
     *
     * if lower = True:
     *     keyAtRank(x) = a for x in [0, 1)
     *     keyAtRank(x) = b for x in [1, 2)
     * if lower = False:
     *     keyAtRank(x) = a for x in (-1, 0]
     *     keyAtRank(x) = b for x in (0, 1]
     *
     * @param rank The rank at which to retrieve the key
     */
    DenseStore.prototype.keyAtRank = function (rank, lower) {
        if (lower === void 0) { lower = true; }
        var runningCount = 0;
        for (var i = 0; i < this.length(); i++) {
            var bin = this.bins[i];
            runningCount += bin;
            if ((lower && runningCount > rank) ||
                (!lower && runningCount >= rank + 1)) {
                return i + this.offset;
            }
        }
        return this.maxKey;
    };
    /**
     * Merge the contents of the parameter `store` into this store
     *
     * @param store The store to merge into the caller store
     */
    DenseStore.prototype.merge = function (store) {
        if (store.count === 0) {
            return;
        }
        if (this.count === 0) {
            this.copy(store);
            return;
        }
        if (store.minKey < this.minKey || store.maxKey > this.maxKey) {
            this._extendRange(store.minKey, store.maxKey);
        }
        var collapseStartIndex = store.minKey - store.offset;
        var collapseEndIndex = Math.min(this.minKey, store.maxKey + 1) - store.offset;
        if (collapseEndIndex > collapseStartIndex) {
            var collapseCount = (0, util_1.sumOfRange)(store.bins, collapseStartIndex, collapseEndIndex);
            this.bins[0] += collapseCount;
        }
        else {
            collapseEndIndex = collapseStartIndex;
        }
        for (var key = collapseEndIndex + store.offset; key < store.maxKey + 1; key++) {
            this.bins[key - this.offset] += store.bins[key - store.offset];
        }
        this.count += store.count;
    };
    /**
     * Directly clone the contents of the parameter `store` into this store
     *
     * @param store The store to be copied into the caller store
     */
    DenseStore.prototype.copy = function (store) {
        this.bins = __spreadArray([], store.bins, true);
        this.count = store.count;
        this.minKey = store.minKey;
        this.maxKey = store.maxKey;
        this.offset = store.offset;
    };
    /**
     * Return the length of the underlying storage (`bins`)
     */
    DenseStore.prototype.length = function () {
        return this.bins.length;
    };
    DenseStore.prototype._getNewLength = function (newMinKey, newMaxKey) {
        var desiredLength = newMaxKey - newMinKey + 1;
        return this.chunkSize * Math.ceil(desiredLength / this.chunkSize);
    };
    /**
     * Adjust the `bins`, the `offset`, the `minKey`, and the `maxKey`
     * without resizing the bins, in order to try to make it fit the specified range.
     * Collapse to the left if necessary
     */
    DenseStore.prototype._adjust = function (newMinKey, newMaxKey) {
        this._centerBins(newMinKey, newMaxKey);
        this.minKey = newMinKey;
        this.maxKey = newMaxKey;
    };
    /** Shift the bins by `shift`. This changes the `offset` */
    DenseStore.prototype._shiftBins = function (shift) {
        var _a, _b;
        if (shift > 0) {
            this.bins = this.bins.slice(0, -shift);
            (_a = this.bins).unshift.apply(_a, new Array(shift).fill(0));
        }
        else {
            this.bins = this.bins.slice(Math.abs(shift));
            (_b = this.bins).push.apply(_b, new Array(Math.abs(shift)).fill(0));
        }
        this.offset -= shift;
    };
    /** Center the bins. This changes the `offset` */
    DenseStore.prototype._centerBins = function (newMinKey, newMaxKey) {
        var middleKey = newMinKey + Math.floor((newMaxKey - newMinKey + 1) / 2);
        this._shiftBins(Math.floor(this.offset + this.length() / 2) - middleKey);
    };
    /** Grow the bins as necessary, and call _adjust */
    DenseStore.prototype._extendRange = function (key, secondKey) {
        var _a;
        secondKey = secondKey || key;
        var newMinKey = Math.min(key, secondKey, this.minKey);
        var newMaxKey = Math.max(key, secondKey, this.maxKey);
        if (this.length() === 0) {
            this.bins = new Array(this._getNewLength(newMinKey, newMaxKey)).fill(0);
            this.offset = newMinKey;
            this._adjust(newMinKey, newMaxKey);
        }
        else if (newMinKey >= this.minKey &&
            newMaxKey < this.offset + this.length()) {
            // No need to change the range, just update the min and max keys
            this.minKey = newMinKey;
            this.maxKey = newMaxKey;
        }
        else {
            // Grow the bins
            var newLength = this._getNewLength(newMinKey, newMaxKey);
            if (newLength > this.length()) {
                (_a = this.bins).push.apply(_a, new Array(newLength - this.length()).fill(0));
            }
            this._adjust(newMinKey, newMaxKey);
        }
    };
    /** Calculate the bin index for the key, extending the range if necessary */
    DenseStore.prototype._getIndex = function (key) {
        if (key < this.minKey) {
            this._extendRange(key);
        }
        else if (key > this.maxKey) {
            this._extendRange(key);
        }
        return key - this.offset;
    };
    DenseStore.prototype.toProto = function () {
        var ProtoStore = (__nccwpck_require__(279).Store);
        return ProtoStore.create({
            contiguousBinCounts: this.bins,
            contiguousBinIndexOffset: this.offset
        });
    };
    DenseStore.fromProto = function (protoStore) {
        if (!protoStore ||
            /* Double equals (==) is intentional here to check for
             * `null` | `undefined` without including `0` */
            protoStore.contiguousBinCounts == null ||
            protoStore.contiguousBinIndexOffset == null) {
            throw Error('Failed to decode store from protobuf');
        }
        var store = new this();
        var index = protoStore.contiguousBinIndexOffset;
        store.offset = index;
        for (var _i = 0, _a = protoStore.contiguousBinCounts; _i < _a.length; _i++) {
            var count = _a[_i];
            store.add(index, count);
            index += 1;
        }
        return store;
    };
    return DenseStore;
}());
exports.DenseStore = DenseStore;


/***/ }),

/***/ 973:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CollapsingHighestDenseStore = exports.CollapsingLowestDenseStore = exports.DenseStore = void 0;
var DenseStore_1 = __nccwpck_require__(721);
Object.defineProperty(exports, "DenseStore", ({ enumerable: true, get: function () { return DenseStore_1.DenseStore; } }));
var CollapsingLowestDenseStore_1 = __nccwpck_require__(531);
Object.defineProperty(exports, "CollapsingLowestDenseStore", ({ enumerable: true, get: function () { return CollapsingLowestDenseStore_1.CollapsingLowestDenseStore; } }));
var CollapsingHighestDenseStore_1 = __nccwpck_require__(797);
Object.defineProperty(exports, "CollapsingHighestDenseStore", ({ enumerable: true, get: function () { return CollapsingHighestDenseStore_1.CollapsingHighestDenseStore; } }));


/***/ }),

/***/ 109:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sumOfRange = void 0;
/**
 * Return the sum of the values from range `start` to `end` in `array`
 */
var sumOfRange = function (array, start, end) {
    var sum = 0;
    for (var i = start; i <= end; i++) {
        sum += array[i];
    }
    return sum;
};
exports.sumOfRange = sumOfRange;


/***/ }),

/***/ 810:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Unless explicitly stated otherwise all files in this repository are licensed
 * under the Apache 2.0 license (see LICENSE).
 * This product includes software developed at Datadog (https://www.datadoghq.com/).
 * Copyright 2020 Datadog, Inc.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
__exportStar(__nccwpck_require__(743), exports);


/***/ }),

/***/ 945:
/***/ ((module) => {

module.exports = eval("require")("protobufjs/minimal");


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ collectSegment)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/telemetry/exact-sum.ts
/**
 * An exactly rounded floating-point sum (Shewchuk's algorithm, as Python's math.fsum): the
 * result is the exact sum of the inputs rounded once, so it does not depend on the order the
 * values came in or on how they were split and merged. That keeps a report's `sum` byte-identical
 * whether a window was collected in one pass, in parallel segments, or window by window. Pure.
 */
const INT_LIMIT = 2 ** 52;
class ExactSum {
    /** Fast path: the exact sum of the small-integer values (integers below 2^53 add exactly). */
    int = 0;
    partials = [];
    add(x) {
        if ((x | 0) === x) {
            const t = this.int + x;
            if (t < INT_LIMIT && t > -INT_LIMIT) {
                this.int = t;
                return;
            }
        }
        this.addPartial(x);
    }
    addPartial(x) {
        const p = this.partials;
        let i = 0;
        for (let j = 0; j < p.length; j++) {
            let y = p[j];
            if (Math.abs(x) < Math.abs(y)) {
                const t = x;
                x = y;
                y = t;
            }
            const hi = x + y;
            const lo = y - (hi - x);
            if (lo !== 0)
                p[i++] = lo;
            x = hi;
        }
        p.length = i;
        p.push(x);
    }
    /** Adds everything `other` holds (exactly). */
    merge(other) {
        this.addPartial(other.int);
        for (const x of other.partials)
            this.addPartial(x);
    }
    toJSON() {
        return [this.int, ...this.partials];
    }
    static fromJSON(partials) {
        const s = new ExactSum();
        for (const x of partials)
            s.addPartial(x);
        return s;
    }
    /** The correctly rounded sum. */
    value() {
        if (this.int !== 0) {
            this.addPartial(this.int);
            this.int = 0;
        }
        const p = this.partials;
        let n = p.length;
        if (n === 0)
            return 0;
        let hi = p[--n];
        let lo = 0;
        while (n > 0) {
            const x = hi;
            const y = p[--n];
            hi = x + y;
            const yr = hi - x;
            lo = y - yr;
            if (lo !== 0)
                break;
        }
        if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
            const y = lo * 2;
            const x = hi + y;
            const yr = x - hi;
            if (y === yr)
                hi = x;
        }
        return hi + 0; // no -0
    }
}

// EXTERNAL MODULE: ./node_modules/@datadog/sketches-js/dist/index.js
var dist = __nccwpck_require__(810);
// EXTERNAL MODULE: ./node_modules/@datadog/sketches-js/dist/ddsketch/store/index.js
var store = __nccwpck_require__(973);
;// CONCATENATED MODULE: ./src/telemetry/sketch.ts
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
class RoomyStore extends store.DenseStore {
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
            this.made = new dist.DDSketch({ relativeAccuracy: SKETCH_RELATIVE_ACCURACY });
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

;// CONCATENATED MODULE: ./src/telemetry/record.ts
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
            const agg = { kind, count: 0, sum: 0, min: null, max: null, sketch: new LatencySketch() };
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

;// CONCATENATED MODULE: ./src/telemetry/aggregate.ts
/**
 * Aggregation: per window, the line counts and one SLI aggregate per SLI of the plan. The
 * collector adds event lines into them (its hot loop, collect.ts); here they are made, turned
 * into plain data for a segment collected apart (a worker's postMessage), merged back in input
 * order, and finished as window records. Latency sums add up exactly (ExactSum, order-independent),
 * so the order segments merge in never changes a byte of a record.
 *
 * Pure: no I/O.
 */



/** A window's distinct values in record order: sorted by code unit, so bytes stay stable. */
function sortedIds(ids) {
    return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** An empty window for the plan's SLIs. */
function emptyWindow(plan) {
    return {
        events: 0,
        malformed: 0,
        invalid: 0,
        unknown: 0,
        slis: plan.sliKinds.map((k, i) => emptyAggregate(k, plan.thresholds[i] ?? undefined, { control: plan.control[i] })),
        sums: plan.sliKinds.map((k) => (k === 'latency' ? new ExactSum() : null)),
        ids: plan.distinct.map((d) => (d ? new Set() : null)),
    };
}
/** The windows with anything in them, as plain data. */
function segmentWindows(windows) {
    const out = [];
    windows.forEach((w, index) => {
        if (w === undefined || w.events + w.malformed + w.invalid + w.unknown === 0)
            return;
        out.push({
            index,
            events: w.events,
            malformed: w.malformed,
            invalid: w.invalid,
            unknown: w.unknown,
            slis: w.slis.map((a, k) => {
                const ids = w.ids[k];
                if (a.kind === 'count' && ids)
                    return { kind: 'count', count: a.count, distinct: sortedIds(ids) };
                if (a.kind === 'ratio' && a.control)
                    return { ...a, control: { ...a.control } };
                if (a.kind !== 'latency')
                    return { ...a };
                return {
                    kind: 'latency',
                    count: a.count,
                    min: a.min,
                    max: a.max,
                    ...(a.over && { over: [...a.over] }),
                    sum: w.sums[k].toJSON(),
                    sketch: a.sketch.toDense(),
                };
            }),
        });
    });
    return out;
}
/** Adds a segment's window into the window it stands for. */
function absorbWindow(w, sw) {
    w.events += sw.events;
    w.malformed += sw.malformed;
    w.invalid += sw.invalid;
    w.unknown += sw.unknown;
    sw.slis.forEach((from, k) => {
        const ids = w.ids[k];
        const into = w.slis[k];
        if (from.kind === 'count' && ids && into.kind === 'count') {
            // count = distinct values + events without the field: add the latter, union the former
            into.count += from.count - (from.distinct?.length ?? 0);
            for (const id of from.distinct ?? []) {
                if (ids.has(id))
                    continue;
                ids.add(id);
                into.count++;
            }
            return;
        }
        if (from.kind !== 'latency') {
            mergeInto(w.slis[k], from);
            return;
        }
        // The float `sum` stays 0 here: latency sums add up exactly in w.sums, merged apart.
        const over = from.over && new Map(from.over);
        const sketch = LatencySketch.adoptDense(from.sketch);
        if (into.kind === 'latency' && into.count === 0 && from.count > 0) {
            // The window's first segment (with time-ordered input, usually its only one): taken as it
            // is, exactly what mergeInto would make of it and the empty aggregate, without the copy.
            w.slis[k] = { kind: 'latency', count: from.count, sum: 0, min: from.min, max: from.max, sketch, over };
        }
        else {
            mergeInto(into, { ...from, sum: 0, over, sketch });
        }
        w.sums[k].merge(ExactSum.fromJSON(from.sum));
    });
}
/** The window records of [from, from + windows.length × windowMs), in time order. */
function windowRecords(windows, plan, from, windowMs) {
    return windows.map((w, i) => {
        const start = from + i * windowMs;
        const slis = new Map();
        plan.sliIds.forEach((id, k) => {
            const agg = w.slis[k];
            if (agg.kind === 'latency')
                agg.sum = w.sums[k].value();
            const ids = w.ids[k];
            if (agg.kind === 'count' && ids)
                agg.distinct = sortedIds(ids);
            slis.set(id, agg);
        });
        return {
            start,
            end: start + windowMs,
            counts: { events: w.events, malformed: w.malformed, invalid: w.invalid, unknown: w.unknown },
            slis,
            missing: new Map(),
        };
    });
}

;// CONCATENATED MODULE: ./src/telemetry/line-class.ts
/**
 * What a line can be, as the classifier (classify.ts) tells it and the collector counts it
 * (docs/events.md, "How lines are counted"):
 *   blank      only whitespace: ignored, not counted
 *   malformed  not valid JSON, or valid JSON but not an object
 *   invalid    an object without a usable time (`ts`: RFC 3339 with a zone, or as rollout.yaml
 *              `events.time` says) or name (`event`: a string), or a mapped latency field that
 *              is missing or not a finite number ≥ 0
 *   unknown    a valid event whose name no SLI maps
 *   event      a valid event of a mapped name; `matched` lists the SLI actions it feeds
 * and the JSON type of each field the classifier captures.
 */
const LINE_BLANK = 0;
const LINE_MALFORMED = 1;
/** Invalid and without a usable timestamp (attributed like a malformed line). */
const LINE_INVALID_NO_TS = 2;
/** Invalid, but its `ts` is usable. */
const LINE_INVALID = 3;
const LINE_UNKNOWN = 4;
const LINE_EVENT = 5;
/** JSON type of a captured field. */
const T_ABSENT = 0;
const T_STRING = 1;
const T_NUMBER = 2;
const T_TRUE = 3;
const T_FALSE = 4;
const T_NULL = 5;
const T_CONTAINER = 6;
/** Why a line is invalid (LineParser.why): its time, its name, or a value an SLI reads. */
const WHY_TIME = 1;
const WHY_NAME = 2;
const WHY_VALUE = 3;

;// CONCATENATED MODULE: ./src/telemetry/line-notes.ts

/** Notes beyond which further ones are lumped together, so a flood of values cannot grow memory. */
const MAX_NOTES = 100;
const MORE_NOTES = 'more lines noted (over 100 kinds of note; the first 100 are listed)';
/**
 * The value of a `distinct` field on the last event line, as a string (a number as JSON.parse
 * gives it, so 42 and "42" are one value); null when absent or of another type.
 */
function distinctKey(p, b, slot) {
    const t = p.type[slot];
    if (t !== T_STRING && t !== T_NUMBER)
        return null;
    return String(p.fieldValue(b, slot));
}
/**
 * For an event line counted by no SLI: the first `where` field (of its event's SLIs) whose value
 * no SLI's `where` accepts, as `severity "crit"` or `no severity`; null when there is none.
 * String values compare as the classifier does, case-insensitively.
 */
function unmatchedWhere(p, b) {
    const rule = p.plan.events[p.eventIndex];
    for (const slot of rule.whereSlots) {
        const name = p.plan.fields[slot];
        const t = p.type[slot];
        if (t !== T_STRING)
            return t === T_ABSENT ? `no ${name}` : `a non-string ${name}`;
        const value = String(p.fieldValue(b, slot));
        const lower = value.toLowerCase();
        if (!rule.actions.some((a) => a.conditions.some((c) => c.slot === slot && c.value === lower))) {
            return `${name} ${JSON.stringify(value)}`;
        }
    }
    return null;
}
/** notes[key] += n, keeping at most MAX_NOTES keys (the rest count under MORE_NOTES). */
function addNote(notes, key, n = 1) {
    const have = notes[key];
    if (have !== undefined)
        notes[key] = have + n;
    else if (Object.keys(notes).length < MAX_NOTES || key === MORE_NOTES)
        notes[key] = n;
    else
        notes[MORE_NOTES] = (notes[MORE_NOTES] ?? 0) + n;
}

;// CONCATENATED MODULE: ./src/extent.ts
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

;// CONCATENATED MODULE: ./src/policy/model.ts
/** The canonical event line: `{"ts": "2026-11-20T10:03:12.345Z", "event": "…", …}`. */
const CANONICAL_EVENTS = { timeField: 'ts', timeFormat: 'iso8601', nameField: 'event' };
function phaseById(policy, id) {
    return policy.phases.find((p) => p.id === id);
}
function phaseIds(policy) {
    return policy.phases.map((p) => p.id);
}
function nextPhase(policy, id) {
    const i = policy.phases.findIndex((p) => p.id === id);
    return i < 0 ? undefined : policy.phases[i + 1];
}

;// CONCATENATED MODULE: ./src/telemetry/plan.ts
/**
 * The SLI mapping of a policy compiled for the line parser: which fields of an event matter
 * (top-level keys, and dotted paths into objects), which keys hold the time and the name, which
 * event names are known, and what each known event does to which SLI. The mapping is policy
 * (rollout.yaml `slis:` and `events:`); nothing here knows any event name. Pure.
 */

const OP_LATENCY = 0;
const OP_NUMERATOR = 1;
const OP_DENOMINATOR = 2;
const OP_COUNT = 3;
const TIME_ISO8601 = 0;
const TIME_EPOCH_MS = 1;
const TIME_EPOCH_S = 2;
const SLOT_TS = 0;
const SLOT_EVENT = 1;
const utf8 = new TextEncoder();
/**
 * `thresholds`: SLI id → latency thresholds (ms) the policy judges it against (see
 * latencyThresholds below); each window counts the samples above each.
 * Long on purpose: one pass gives every field its slot and every SLI its matchers; split, the
 * slot table would have to travel between the pieces.
 */
function compilePlan(slis, thresholds = {}, shape = CANONICAL_EVENTS) {
    const sliIds = Object.keys(slis).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const fields = [shape.timeField, shape.nameField];
    const slotOf = (name) => {
        if (!fields.includes(name))
            fields.push(name);
        return fields.indexOf(name);
    };
    const events = [];
    const eventIndex = new Map();
    const ruleOf = (name) => {
        let i = eventIndex.get(name);
        if (i === undefined) {
            i = events.length;
            events.push({ name, bytes: utf8.encode(name), actions: [], whereSlots: [] });
            eventIndex.set(name, i);
        }
        return events[i];
    };
    const conditionsOf = (where) => conditionsFor(where, slotOf);
    sliIds.forEach((id, sli) => {
        const def = slis[id];
        switch (def.kind) {
            case 'latency':
                ruleOf(def.event).actions.push({
                    sli,
                    op: OP_LATENCY,
                    conditions: conditionsOf(def.where),
                    fieldSlot: slotOf(def.field),
                    toMs: def.unit === 's' ? 1000 : 1,
                    control: null,
                });
                break;
            case 'ratio': {
                const control = def.control === undefined ? null : conditionsOf(def.control);
                ruleOf(def.numerator.event).actions.push({
                    sli,
                    op: OP_NUMERATOR,
                    conditions: conditionsOf(def.numerator.where),
                    fieldSlot: -1,
                    toMs: 1,
                    control,
                });
                ruleOf(def.denominator.event).actions.push({
                    sli,
                    op: OP_DENOMINATOR,
                    conditions: conditionsOf(def.denominator.where),
                    fieldSlot: -1,
                    toMs: 1,
                    control,
                });
                break;
            }
            case 'count':
                ruleOf(def.event).actions.push({
                    sli,
                    op: OP_COUNT,
                    conditions: conditionsOf(def.where),
                    fieldSlot: def.distinct === undefined ? -1 : slotOf(def.distinct),
                    toMs: 1,
                    control: null,
                });
                break;
        }
    });
    for (const rule of events)
        rule.whereSlots = whereSlotsOf(rule.actions);
    const paths = pathsOf(fields, slotOf);
    return {
        sliIds,
        sliKinds: sliIds.map((id) => slis[id].kind),
        thresholds: sliIds.map((id) => slis[id].kind === 'latency' && thresholds[id]?.length
            ? [...new Set(thresholds[id])].sort((a, b) => a - b)
            : null),
        distinct: sliIds.map((id) => isDistinctCount(slis[id])),
        control: sliIds.map((id) => {
            const def = slis[id];
            return def.kind === 'ratio' && def.control !== undefined;
        }),
        fields,
        fieldBytes: fields.map((f) => utf8.encode(f)),
        paths,
        timeFormat: TIME_CODES[shape.timeFormat],
        events,
        eventIndex,
    };
}
const TIME_CODES = {
    iso8601: TIME_ISO8601,
    epoch_ms: TIME_EPOCH_MS,
    epoch_s: TIME_EPOCH_S,
};
/** The dotted fields as paths from their first key (a top-level field, given a slot here). */
function pathsOf(fields, slotOf) {
    return fields
        .map((name, slot) => ({ name, slot }))
        .filter(({ name }) => name.includes('.'))
        .map(({ name, slot }) => {
        const [first, ...rest] = name.split('.');
        return {
            slot,
            parent: slotOf(first),
            keys: rest.map((text) => ({ bytes: utf8.encode(text), text })),
        };
    });
}
/** A `where` as conditions, by field name; string values lower-cased (compared case-insensitively). */
function conditionsFor(where, slotOf) {
    return Object.keys(where ?? {})
        .sort()
        .map((key) => {
        const raw = where[key];
        const value = typeof raw === 'string' ? raw.toLowerCase() : raw;
        return { slot: slotOf(key), value, bytes: typeof value === 'string' ? utf8.encode(value) : null };
    });
}
/** The slots of an event's string `where` fields, ascending, once each. */
function whereSlotsOf(actions) {
    const slots = actions.flatMap((a) => a.conditions.filter((c) => c.bytes).map((c) => c.slot));
    return [...new Set(slots)].sort((a, b) => a - b);
}
function isDistinctCount(def) {
    return def.kind === 'count' && def.distinct !== undefined;
}
/**
 * SLI id → the latency thresholds (ms) the policy judges quantiles of it against: objectives and
 * breach conditions. The collector counts the samples above each, so a quantile is judged exactly.
 */
function latencyThresholds(policy) {
    const out = {};
    const add = (slo, c) => {
        if (!c || slo.sliKind !== 'latency' || slo.stat.kind !== 'quantile')
            return;
        const list = out[slo.sli] ?? [];
        out[slo.sli] = list;
        if (!list.includes(c.threshold))
            list.push(c.threshold);
    };
    for (const phase of policy.phases ?? []) {
        for (const slo of phase.slos)
            add(slo, slo.objective);
        for (const t of phase.rollback.when) {
            for (const slo of phase.slos)
                if (t.slo === 'any' || t.slo === slo.id)
                    add(slo, t.breach);
        }
    }
    for (const list of Object.values(out))
        list.sort((a, b) => a - b);
    return out;
}

;// CONCATENATED MODULE: ./src/telemetry/classify-warmup.ts
/**
 * Warm-up for the line classifier: a few synthetic lines that take every branch of classify()
 * (escapes, fractions, containers, duplicate keys, broken lines), run before the first real line.
 */


/**
 * Runs every branch once, so the JIT has type feedback for the rare paths before it optimizes:
 * otherwise the first rare line in the data deoptimizes the hot loop. Costs microseconds; the
 * parser keeps no state from it that matters (the next classify() overwrites its captures).
 */
function warmUp(parser) {
    const buf = external_node_buffer_namespaceObject.Buffer.from(warmUpLines(parser.plan).join('\n'));
    // a few rounds: V8 only starts recording feedback after a function's first calls
    for (let round = 0; round < 4; round++) {
        let pos = 0;
        for (;;) {
            const nl = buf.indexOf(0x0a, pos);
            parser.classify(buf, pos, nl < 0 ? buf.length : nl);
            if (nl < 0)
                break;
            pos = nl + 1;
        }
    }
}
/**
 * The warm-up's lines for `plan`. Escapes are JSON's (`\\u0073` in this source, so the classifier
 * sees a backslash): a template literal's `\u0073` is the letter itself, which once left the
 * escape paths cold, and the optimized classifier was thrown away twice on the first escaped
 * string of real data.
 */
function warmUpLines(plan) {
    const fields = plan.fields;
    const some = (i) => JSON.stringify(fields[i % fields.length] ?? 'x');
    const events = plan.events.map((e) => JSON.stringify(e.name));
    // the policy's own keys for the time and the name ("ts" and "event" unless rollout.yaml `events:`)
    const T = JSON.stringify(fields[0] ?? 'ts');
    const E = JSON.stringify(fields[1] ?? 'event');
    const ts = plan.timeFormat === TIME_ISO8601 ? '"2026-11-20T10:03:12.345Z"' : '1763632992345';
    const lines = [
        '',
        ' ',
        'x',
        '[1]',
        '{}',
        `{${T}:1}`,
        `{${T}:"1763632992"}`,
        `{${T}:"2026-11-20T19:03:12+09:00",${E}:"\\u0061"}`,
        `{${T}:${ts},${E}:"unknown.event","a":[1,{"b":null}],"c":{"d":[true,false]}}`,
        `{${T}:${ts},${E}:${events[0] ?? '"e"'},"x":-1.5e3,"y":"\\"\\u00e9\\n","z":"é"}`,
        `{${T}:${ts},${E}:${events[0] ?? '"e"'},"x":1,}`,
        `{${T}:${ts} ,	${E} : ${events[0] ?? '"e"'} }`,
        `{"t\\u0073":${ts},${E}:"x"}`,
        `{${T}:${ts},${E}:${events[0] ?? '"e"'},"a":"unterminated`,
    ];
    for (const e of events) {
        for (let i = 0; i < fields.length; i++) {
            lines.push(`{${T}:${ts},${E}:${e},${some(i)}:1,${some(i + 1)}:"a",${some(i + 2)}:true,${some(i + 3)}:0.25}`);
            lines.push(`{${T}:${ts},${E}:${e},${some(i)}:null,${some(i + 1)}:false,${some(i + 2)}:[]}`);
        }
        // dotted fields: their objects, with and without the keys
        for (const path of plan.paths) {
            const keys = path.keys.map((k) => JSON.stringify(k.text));
            const nest = (v) => keys.reduceRight((inner, k) => `{${k}:${inner}}`, v);
            lines.push(`{${T}:${ts},${E}:${e},${some(path.parent)}:${nest('1')}}`);
            lines.push(`{${T}:${ts},${E}:${e},${some(path.parent)}:${nest('"a"')},"z":{"y":[]}}`);
            lines.push(`{${T}:${ts},${E}:${e},${some(path.parent)}:{"other":{}}}`);
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/telemetry/json-scan.ts
/** scanString's flags: the string has escapes (F_ESC) or non-ASCII bytes (F_HIGH). */
const F_ESC = 1;
const F_HIGH = 2;
// Byte classes inside a string: 0 plain, 1 quote, 2 backslash, 3 control (illegal), 4 non-ASCII.
const SC = new Uint8Array(256);
for (let c = 0; c < 0x20; c++)
    SC[c] = 3;
SC[0x22] = 1;
SC[0x5c] = 2;
for (let c = 0x80; c < 0x100; c++)
    SC[c] = 4;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF')
    HEX[c.charCodeAt(0)] = 1;
const ESC = new Uint8Array(256);
for (const c of '"\\/bfnrt')
    ESC[c.charCodeAt(0)] = 1;
/** The flags of the string the last successful scanString() call closed (no allocation to return two values). */
let strFlags = 0;
let stack = new Uint8Array(64);
/** From the byte after an opening quote: index of the closing quote, or -1. Sets strFlags. */
function scanString(b, i, end) {
    let flags = 0;
    while (i < end) {
        const k = SC[b[i]];
        if (k === 0) {
            i++;
        }
        else if (k === 1) {
            strFlags = flags;
            return i;
        }
        else if (k === 4) {
            flags |= F_HIGH;
            i++;
        }
        else if (k === 2) {
            flags |= F_ESC;
            if (i + 1 >= end)
                return -1;
            const e = b[i + 1];
            if (e === 0x75) {
                if (i + 5 >= end || !HEX[b[i + 2]] || !HEX[b[i + 3]] || !HEX[b[i + 4]] || !HEX[b[i + 5]])
                    return -1;
                i += 6;
            }
            else if (ESC[e]) {
                i += 2;
            }
            else {
                return -1;
            }
        }
        else {
            return -1;
        }
    }
    return -1;
}
function skipWs(b, i, end) {
    while (i < end) {
        const c = b[i];
        if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a)
            i++;
        else
            break;
    }
    return i;
}
function isDigit(c) {
    return c !== undefined && c >= 0x30 && c <= 0x39;
}
/** From the first byte of a number: the index after it, or -1. */
function scanNumber(b, i, end) {
    if (b[i] === 0x2d) {
        i++;
        if (i >= end)
            return -1;
    }
    const c = b[i];
    if (c === 0x30) {
        i++;
    }
    else if (c >= 0x31 && c <= 0x39) {
        i++;
        while (i < end && isDigit(b[i]))
            i++;
    }
    else {
        return -1;
    }
    if (i < end && b[i] === 0x2e) {
        i++;
        const s = i;
        while (i < end && isDigit(b[i]))
            i++;
        if (i === s)
            return -1;
    }
    if (i < end && (b[i] === 0x65 || b[i] === 0x45)) {
        i++;
        if (i < end && (b[i] === 0x2b || b[i] === 0x2d))
            i++;
        const s = i;
        while (i < end && isDigit(b[i]))
            i++;
        if (i === s)
            return -1;
    }
    return i;
}
/** The value of a valid JSON number (as JSON.parse gives it). */
function numberValue(b, s, e) {
    if (e - s <= 15) {
        let i = s;
        const neg = b[i] === 0x2d;
        if (neg)
            i++;
        let v = 0;
        for (; i < e; i++) {
            const d = b[i] - 0x30;
            if (d < 0 || d > 9)
                return Number(b.toString('latin1', s, e));
            v = v * 10 + d;
        }
        return neg ? -v : v;
    }
    return Number(b.toString('latin1', s, e));
}
/** A literal (true, false, null) whose first byte `c` is at i: the index after it, or -1. */
function literal(b, i, end, c) {
    if (c === 0x74) {
        return i + 4 <= end && b[i + 1] === 0x72 && b[i + 2] === 0x75 && b[i + 3] === 0x65 ? i + 4 : -1;
    }
    if (c === 0x66) {
        return i + 5 <= end && b[i + 1] === 0x61 && b[i + 2] === 0x6c && b[i + 3] === 0x73 && b[i + 4] === 0x65
            ? i + 5
            : -1;
    }
    if (c === 0x6e) {
        return i + 4 <= end && b[i + 1] === 0x75 && b[i + 2] === 0x6c && b[i + 3] === 0x6c ? i + 4 : -1;
    }
    return -1;
}
/** A string, number or literal at i: the index after it, or -1. */
function skipScalar(b, i, end) {
    const c = b[i];
    if (c === 0x22) {
        const e = scanString(b, i + 1, end);
        return e < 0 ? -1 : e + 1;
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39))
        return scanNumber(b, i, end);
    return literal(b, i, end, c);
}
const OPENED = 0;
const COMMA = 1;
const VALUE = 2;
/** A whole object or array at i (iterative, so deep nesting cannot overflow the stack). */
function skipContainer(b, i, end) {
    let sp = 0;
    let top = b[i];
    stack[sp++] = top;
    i++;
    let state = OPENED;
    for (;;) {
        i = skipWs(b, i, end);
        if (i >= end)
            return -1;
        let c = b[i];
        const close = top === 0x7b ? 0x7d : 0x5d;
        if (state === VALUE) {
            if (c === 0x2c) {
                state = COMMA;
                i++;
                continue;
            }
            if (c !== close)
                return -1;
        }
        if (state !== COMMA && c === close) {
            sp--;
            i++;
            if (sp === 0)
                return i;
            top = stack[sp - 1];
            state = VALUE;
            continue;
        }
        if (top === 0x7b) {
            if (c !== 0x22)
                return -1;
            const ke = scanString(b, i + 1, end);
            if (ke < 0)
                return -1;
            i = skipWs(b, ke + 1, end);
            if (i >= end || b[i] !== 0x3a)
                return -1;
            i = skipWs(b, i + 1, end);
            if (i >= end)
                return -1;
            c = b[i];
        }
        if (c === 0x7b || c === 0x5b) {
            if (sp === stack.length) {
                const bigger = new Uint8Array(stack.length * 2);
                bigger.set(stack);
                stack = bigger;
            }
            stack[sp++] = c;
            top = c;
            i++;
            state = OPENED;
            continue;
        }
        i = skipScalar(b, i, end);
        if (i < 0)
            return -1;
        state = VALUE;
    }
}
/** Are b[s, e) exactly the bytes `want`? */
function bytesEqual(b, s, e, want) {
    const n = e - s;
    if (n !== want.length)
        return false;
    for (let j = 0; j < n; j++)
        if (b[s + j] !== want[j])
            return false;
    return true;
}
/** Are b[s, e) the bytes `lower` (lower-case) with ASCII letters compared case-insensitively? */
function bytesEqualFold(b, s, e, lower) {
    const n = e - s;
    if (n !== lower.length)
        return false;
    for (let j = 0; j < n; j++) {
        const c = b[s + j];
        if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== lower[j])
            return false;
    }
    return true;
}
/** Does the whole line b[start, end) parse as JSON? (The validator alone, for tests and tools.) */
function isValidJson(b, start = 0, end = b.length) {
    let i = skipWs(b, start, end);
    if (i >= end)
        return false;
    const c = b[i];
    i = c === 0x7b || c === 0x5b ? skipContainer(b, i, end) : skipScalar(b, i, end);
    return i >= 0 && skipWs(b, i, end) === end;
}
/** The JS string of a valid JSON string's content b[s, e) (between its quotes). */
function decode(b, s, e, flags) {
    if ((flags & F_ESC) !== 0)
        return JSON.parse(b.toString('utf8', s - 1, e + 1));
    return b.toString(flags === 0 ? 'latin1' : 'utf8', s, e);
}

;// CONCATENATED MODULE: ./src/telemetry/line-fields.ts


function keyHash(len, first, last) {
    return (len * 131 + first * 7 + last) & 1023;
}
class LineFields {
    plan;
    nFields;
    fieldBytes;
    fieldIndex;
    /** (length, first byte, last byte) hash → slot + 1; 0 none; -1 several (loop instead). */
    slotHash;
    type;
    /** Strings: the first byte after the opening quote; containers: the opening bracket. */
    start;
    /** Strings: the closing quote; containers: the byte after the closing bracket. */
    end;
    flags;
    num;
    paths;
    constructor(plan) {
        this.plan = plan;
        this.nFields = plan.fields.length;
        this.fieldBytes = plan.fieldBytes;
        this.fieldIndex = new Map(plan.fields.map((f, i) => [f, i]));
        this.slotHash = new Int16Array(1024);
        plan.fieldBytes.forEach((fb, i) => {
            const h = keyHash(fb.length, fb[0] ?? 0, fb[fb.length - 1] ?? 0);
            this.slotHash[h] = this.slotHash[h] === 0 ? i + 1 : -1;
        });
        this.type = new Uint8Array(this.nFields);
        this.start = new Int32Array(this.nFields);
        this.end = new Int32Array(this.nFields);
        this.flags = new Uint8Array(this.nFields);
        this.num = new Float64Array(this.nFields);
        this.paths = plan.paths;
    }
    /** The slot of the top-level key b[s, e) (a string's content, flags f), or -1. */
    slotOf(b, s, e, f) {
        if (f !== 0)
            return this.fieldIndex.get(decode(b, s, e, f)) ?? -1;
        const n = e - s;
        if (n === 0)
            return this.fieldIndex.get('') ?? -1;
        const h = this.slotHash[keyHash(n, b[s], b[e - 1])];
        if (h === 0)
            return -1;
        const fb = this.fieldBytes;
        if (h > 0) {
            const want = fb[h - 1];
            if (want.length !== n)
                return -1;
            for (let j = 0; j < n; j++)
                if (b[s + j] !== want[j])
                    return -1;
            return h - 1;
        }
        for (let k = 0; k < this.nFields; k++) {
            const want = fb[k];
            if (want.length !== n)
                continue;
            let j = 0;
            while (j < n && b[s + j] === want[j])
                j++;
            if (j === n)
                return k;
        }
        return -1;
    }
    /** A string value whose opening quote is at i: captured into `slot`; the index after it, or -1. */
    captureString(b, i, end, slot) {
        const e = scanString(b, i + 1, end);
        if (e < 0)
            return -1;
        this.type[slot] = T_STRING;
        this.start[slot] = i + 1;
        this.end[slot] = e;
        this.flags[slot] = strFlags;
        return e + 1;
    }
    /** Any value starting at i (of a line already known to be valid JSON): captured into `slot`. */
    captureValue(b, i, end, slot) {
        const c = b[i];
        if (c === 0x22) {
            this.captureString(b, i, end, slot);
        }
        else if (c === 0x7b || c === 0x5b) {
            this.type[slot] = T_CONTAINER;
            this.start[slot] = i;
            this.end[slot] = skipContainer(b, i, end);
        }
        else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
            this.type[slot] = T_NUMBER;
            this.num[slot] = numberValue(b, i, scanNumber(b, i, end));
        }
        else if (literal(b, i, end, c) > 0) {
            this.type[slot] = c === 0x74 ? T_TRUE : c === 0x66 ? T_FALSE : T_NULL;
        }
    }
    /**
     * The dotted fields of the plan, for a line whose top-level fields were captured (and which is
     * valid JSON): a top-level key of the field's literal name wins, as it always did; otherwise the
     * path is followed through objects, the last of duplicate keys winning as with JSON.parse.
     */
    resolvePaths(b) {
        for (const path of this.paths) {
            if (this.type[path.slot] !== T_ABSENT || this.type[path.parent] !== T_CONTAINER)
                continue;
            let s = this.start[path.parent];
            let e = this.end[path.parent];
            const keys = path.keys;
            for (let k = 0; k < keys.length && b[s] === 0x7b; k++) {
                const v = findMember(b, s, e, keys[k]);
                if (v < 0)
                    break;
                if (k === keys.length - 1) {
                    this.captureValue(b, v, e, path.slot);
                }
                else {
                    s = v;
                    e = b[v] === 0x7b ? skipContainer(b, v, e) : v;
                }
            }
        }
    }
    /**
     * The captured value of a plan field on the last classified object line (b, the buffer given to
     * classify()), as JSON.parse would give it; containers come back as the string "[container]",
     * absent fields as undefined. (For tests and diagnostics; the hot path never builds values.)
     */
    fieldValue(b, slot) {
        switch (this.type[slot]) {
            case T_STRING:
                return decode(b, this.start[slot], this.end[slot], this.flags[slot]);
            case T_NUMBER:
                return this.num[slot];
            case T_TRUE:
                return true;
            case T_FALSE:
                return false;
            case T_NULL:
                return null;
            case T_CONTAINER:
                return '[container]';
            default:
                return undefined;
        }
    }
}
/**
 * In the valid JSON object b[s, e) (s at its "{"), where the value of the last member named `key`
 * starts; -1 when it has none.
 */
function findMember(b, s, e, key) {
    let i = skipWs(b, s + 1, e);
    let found = -1;
    while (i < e && b[i] === 0x22) {
        const ke = scanString(b, i + 1, e);
        if (ke < 0)
            return found;
        const kf = strFlags;
        const match = kf === 0 ? bytesEqual(b, i + 1, ke, key.bytes) : decode(b, i + 1, ke, kf) === key.text;
        i = skipWs(b, skipWs(b, ke + 1, e) + 1, e); // past the ":"
        if (match)
            found = i;
        const c = b[i];
        i = c === 0x7b || c === 0x5b ? skipContainer(b, i, e) : skipScalar(b, i, e);
        if (i < 0)
            return found;
        i = skipWs(b, i, e);
        if (b[i] !== 0x2c)
            break;
        i = skipWs(b, i + 1, e);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/telemetry/timestamp.ts
/**
 * Event timestamps: RFC 3339 date-times with a zone ("2026-11-20T10:03:12.345Z",
 * "2026-11-20T19:03:12+09:00"). A real calendar instant is required (no 30 February, no 24:00,
 * no leap second) and the result never depends on the machine's time zone or on the engine's
 * lenient Date.parse; fractions beyond milliseconds are truncated. Pure.
 */
/** What an ISO 8601 event time must look like (RFC 3339 with a zone); the calendar is checked apart. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return DAYS[month - 1] ?? 0;
}
/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function instant(y, mo, d, h, mi, s, ms, offsetMin) {
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59)
        return Number.NaN;
    return (((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi - offsetMin) * 60 + s) * 1000 + ms;
}
/** Epoch ms of an RFC 3339 timestamp, or NaN when it is not one. */
function parseTimestamp(text) {
    const m = RFC3339.exec(text);
    if (m === null)
        return Number.NaN;
    const frac = m[7] ?? '';
    const ms = frac === '' ? 0 : Number(`${frac}00`.slice(0, 3));
    let offset = 0;
    if (m[8] === undefined) {
        const oh = Number(m[10]);
        const om = Number(m[11]);
        if (oh > 23 || om > 59)
            return Number.NaN;
        offset = (oh * 60 + om) * (m[9] === '-' ? -1 : 1);
    }
    return instant(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms, offset);
}
function digit(b, i) {
    const c = (b[i] ?? 0) - 0x30;
    return c >= 0 && c <= 9 ? c : -1000000;
}
/**
 * Fast path for the canonical form "YYYY-MM-DDTHH:MM:SS.sssZ" (24 bytes) straight from the
 * line's bytes. Returns NaN when the bytes are not exactly that form (the caller then decodes
 * the string and uses parseTimestamp, which agrees with this on every canonical input).
 */
function parseCanonicalTimestamp(b, start, end) {
    return readCanonicalTimestamp(b, start, end, scratch) ? scratch[0] : Number.NaN;
}
const scratch = new Float64Array(1);
/**
 * parseCanonicalTimestamp for the line classifier's hot path: the time into out[0], and whether
 * the bytes held one. An epoch time does not fit a small integer, so a call that returned it
 * would allocate a heap number for every line; a typed array slot takes it unboxed.
 */
function readCanonicalTimestamp(b, start, end, out) {
    if (end - start !== 24 ||
        b[start + 4] !== 0x2d ||
        b[start + 7] !== 0x2d ||
        b[start + 10] !== 0x54 ||
        b[start + 13] !== 0x3a ||
        b[start + 16] !== 0x3a ||
        b[start + 19] !== 0x2e ||
        b[start + 23] !== 0x5a) {
        return false;
    }
    const y = digit(b, start) * 1000 + digit(b, start + 1) * 100 + digit(b, start + 2) * 10 + digit(b, start + 3);
    const mo = digit(b, start + 5) * 10 + digit(b, start + 6);
    const d = digit(b, start + 8) * 10 + digit(b, start + 9);
    const h = digit(b, start + 11) * 10 + digit(b, start + 12);
    const mi = digit(b, start + 14) * 10 + digit(b, start + 15);
    const s = digit(b, start + 17) * 10 + digit(b, start + 18);
    const ms = digit(b, start + 20) * 100 + digit(b, start + 21) * 10 + digit(b, start + 22);
    if ((y | mo | d | h | mi | s | ms) < 0 || mi > 59 || s > 59)
        return false;
    // Events come in time order, so the hour rarely changes from one line to the next.
    const key = ((y * 16 + mo) * 32 + d) * 32 + h;
    if (key !== cachedKey) {
        const base = instant(y, mo, d, h, 0, 0, 0, 0);
        if (Number.isNaN(base))
            return false;
        cachedKey = key;
        cachedBase = base;
    }
    out[0] = cachedBase + (mi * 60 + s) * 1000 + ms;
    return true;
}
let cachedKey = -1;
let cachedBase = 0;
/** Epoch times before this (1973-03-03) or from EPOCH_MAX_MS on (year 5138) are taken for a unit mix-up. */
const EPOCH_MIN_MS = 1e11;
const EPOCH_MAX_MS = 1e14;
/**
 * Epoch ms of an epoch time `v` in milliseconds, or in seconds when `seconds`; fractions of a millisecond truncated as for ISO 8601; NaN outside
 * [EPOCH_MIN_MS, EPOCH_MAX_MS): a time in seconds read as milliseconds lands in January 1970,
 * one in milliseconds read as seconds after the year 5000, and neither is an event to count.
 */
function epochTime(v, seconds) {
    // Seconds: rounded to the microsecond first, so 1763632992.345 is …345 ms, not …344.99.
    const ms = seconds ? Math.floor(Math.round(v * 1e6) / 1e3) : Math.floor(v);
    return ms >= EPOCH_MIN_MS && ms < EPOCH_MAX_MS ? ms : Number.NaN;
}

;// CONCATENATED MODULE: ./src/telemetry/classify.ts







/** A time written as a string of decimal digits (epoch formats accept it as well as a number). */
const DECIMAL = /^[0-9]+(\.[0-9]+)?$/;
/**
 * Classifies lines for one compiled plan. Not re-entrant: the captured fields and `matched` are
 * overwritten by the next call to classify().
 */
class LineParser extends LineFields {
    /** Epoch ms of the last line's time (when its class has one). */
    ts = 0;
    /** Index into plan.events of the last event line. */
    eventIndex = -1;
    /** Action indices (into plan.events[eventIndex].actions) the last event line feeds. */
    matched;
    /** For latency actions: the value in ms, aligned with `matched`. */
    values;
    /** For other actions: 1 when the event is its SLI's control cohort's (Action.control), else 0. */
    inControl;
    matchedCount = 0;
    /**
     * Why the last line was invalid (LINE_INVALID, LINE_INVALID_NO_TS): its time, its name, or a
     * value an SLI reads (the action `invalidAction` of its event). line-reasons.ts says it in words.
     */
    why = WHY_TIME;
    invalidAction = -1;
    // Fast paths for the two fields every line has: a canonical `ts` parsed straight from the
    // bytes, and an `event` equal to a known name; keyed by the value's start offset so a later
    // duplicate key (which moves the start) falls back to the general path.
    tsFastStart = -1;
    /** In a typed array: a time kept in a field or a variable of the object path gets boxed per line. */
    tsFast = new Float64Array(1);
    eventFastStart = -1;
    eventFast = -1;
    /** Known event names that are plain JSON string bytes (no quote, backslash, control, non-ASCII). */
    plainEvents;
    /** The time is not an ISO 8601 string (rollout.yaml events.time.format: epoch_ms or epoch_s). */
    epoch;
    seconds;
    constructor(plan) {
        super(plan);
        const maxActions = maxOf(plan.events.map((e) => e.actions.length), 1);
        this.matched = new Int32Array(maxActions);
        this.values = new Float64Array(maxActions);
        this.inControl = new Uint8Array(maxActions);
        this.plainEvents = plan.events.map((e) => e.bytes.every((c) => SC[c] === 0));
        this.epoch = plan.timeFormat !== TIME_ISO8601;
        this.seconds = plan.timeFormat === TIME_EPOCH_S;
        warmUp(this);
    }
    /** Classifies b[start, end) (one line, without its newline). */
    // Long on purpose: collect's single hot loop over a line's fields; split up, it costs a call per field.
    classify(b, lineStart, lineEnd) {
        let i = skipWs(b, lineStart, lineEnd);
        if (i >= lineEnd)
            return LINE_BLANK;
        if (b[i] !== 0x7b)
            return LINE_MALFORMED; // invalid JSON, or JSON but not an object
        this.tsFastStart = -1;
        this.eventFastStart = -1;
        const type = this.type;
        for (let k = 0; k < this.nFields; k++)
            type[k] = T_ABSENT;
        i = skipWs(b, i + 1, lineEnd);
        if (i < lineEnd && b[i] === 0x7d) {
            i++;
        }
        else {
            for (;;) {
                if (i >= lineEnd || b[i] !== 0x22)
                    return LINE_MALFORMED;
                // Unbounded inner scans are safe: a line ends at "\n" (a control byte, class 3) or at
                // the buffer's end (undefined), and the result is checked against lineEnd after.
                let ke = i + 1;
                while (SC[b[ke]] === 0)
                    ke++;
                let kf = 0;
                if (ke >= lineEnd || b[ke] !== 0x22) {
                    ke = scanString(b, i + 1, lineEnd);
                    if (ke < 0)
                        return LINE_MALFORMED;
                    kf = strFlags;
                }
                const slot = this.slotOf(b, i + 1, ke, kf);
                i = ke + 1;
                if (i >= lineEnd || b[i] !== 0x3a) {
                    i = skipWs(b, i, lineEnd);
                    if (i >= lineEnd || b[i] !== 0x3a)
                        return LINE_MALFORMED;
                }
                i++;
                if (i >= lineEnd)
                    return LINE_MALFORMED;
                let c = b[i];
                if (c <= 0x20) {
                    i = skipWs(b, i, lineEnd);
                    if (i >= lineEnd)
                        return LINE_MALFORMED;
                    c = b[i];
                }
                if (slot < 0) {
                    if (c === 0x22) {
                        let e = i + 1;
                        while (SC[b[e]] === 0)
                            e++;
                        if (e >= lineEnd || b[e] !== 0x22) {
                            e = scanString(b, i + 1, lineEnd);
                            if (e < 0)
                                return LINE_MALFORMED;
                        }
                        i = e + 1;
                    }
                    else {
                        i = c === 0x7b || c === 0x5b ? skipContainer(b, i, lineEnd) : skipScalar(b, i, lineEnd);
                        if (i < 0)
                            return LINE_MALFORMED;
                    }
                }
                else if (c === 0x22 && slot === SLOT_TS && i + 25 < lineEnd && b[i + 25] === 0x22) {
                    // canonical "YYYY-MM-DDTHH:MM:SS.sssZ": its bytes are all plain string bytes
                    if (!readCanonicalTimestamp(b, i + 1, i + 25, this.tsFast)) {
                        i = this.captureString(b, i, lineEnd, slot);
                        if (i < 0)
                            return LINE_MALFORMED;
                    }
                    else {
                        type[slot] = T_STRING;
                        this.start[slot] = i + 1;
                        this.end[slot] = i + 25;
                        this.flags[slot] = 0;
                        this.tsFastStart = i + 1;
                        i += 26;
                    }
                }
                else if (c === 0x22 && slot === SLOT_EVENT && this.matchEvent(b, i + 1, lineEnd)) {
                    const len = this.plan.events[this.eventFast].bytes.length;
                    type[slot] = T_STRING;
                    this.start[slot] = i + 1;
                    this.end[slot] = i + 1 + len;
                    this.flags[slot] = 0;
                    this.eventFastStart = i + 1;
                    i += len + 2;
                }
                else if (c === 0x22) {
                    let e = i + 1;
                    while (SC[b[e]] === 0)
                        e++;
                    let f = 0;
                    if (e >= lineEnd || b[e] !== 0x22) {
                        e = scanString(b, i + 1, lineEnd);
                        if (e < 0)
                            return LINE_MALFORMED;
                        f = strFlags;
                    }
                    type[slot] = T_STRING;
                    this.start[slot] = i + 1;
                    this.end[slot] = e;
                    this.flags[slot] = f;
                    i = e + 1;
                }
                else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
                    const e = scanNumber(b, i, lineEnd);
                    if (e < 0)
                        return LINE_MALFORMED;
                    type[slot] = T_NUMBER;
                    this.num[slot] = numberValue(b, i, e);
                    i = e;
                }
                else if (c === 0x7b || c === 0x5b) {
                    this.start[slot] = i;
                    i = skipContainer(b, i, lineEnd);
                    if (i < 0)
                        return LINE_MALFORMED;
                    type[slot] = T_CONTAINER;
                    this.end[slot] = i;
                }
                else {
                    const e = literal(b, i, lineEnd, c);
                    if (e < 0)
                        return LINE_MALFORMED;
                    type[slot] = c === 0x74 ? T_TRUE : c === 0x66 ? T_FALSE : T_NULL;
                    i = e;
                }
                if (i >= lineEnd)
                    return LINE_MALFORMED;
                let d = b[i];
                if (d <= 0x20) {
                    i = skipWs(b, i, lineEnd);
                    if (i >= lineEnd)
                        return LINE_MALFORMED;
                    d = b[i];
                }
                if (d === 0x2c) {
                    i++;
                    if (i < lineEnd && b[i] === 0x22)
                        continue;
                    i = skipWs(b, i, lineEnd);
                    continue;
                }
                if (d !== 0x7d)
                    return LINE_MALFORMED;
                i++;
                break;
            }
        }
        if (skipWs(b, i, lineEnd) !== lineEnd)
            return LINE_MALFORMED;
        return this.classifyObject(b);
    }
    /** Is a known plain event name, then a quote, at b[s]? Sets eventFast. */
    matchEvent(b, s, end) {
        const events = this.plan.events;
        for (let k = 0; k < events.length; k++) {
            const want = events[k].bytes;
            const n = want.length;
            if (s + n >= end || b[s + n] !== 0x22 || !this.plainEvents[k])
                continue;
            let j = 0;
            while (j < n && b[s + j] === want[j])
                j++;
            if (j === n) {
                this.eventFast = k;
                return true;
            }
        }
        return false;
    }
    classifyObject(b) {
        if (this.paths.length > 0)
            this.resolvePaths(b);
        const type = this.type;
        if (!this.epoch && type[SLOT_TS] === T_STRING && this.start[SLOT_TS] === this.tsFastStart) {
            // The canonical time the field scan read: copied slot to field, never through a variable
            // that mixes it with the other paths' results (that boxed one number per line).
            this.ts = this.tsFast[0];
        }
        else {
            const ts = this.slowTime(b);
            if (Number.isNaN(ts)) {
                this.why = WHY_TIME;
                return LINE_INVALID_NO_TS;
            }
            this.ts = ts;
        }
        if (type[SLOT_EVENT] !== T_STRING) {
            this.why = WHY_NAME;
            return LINE_INVALID;
        }
        const e0 = this.start[SLOT_EVENT];
        const e1 = this.end[SLOT_EVENT];
        const eFlags = this.flags[SLOT_EVENT];
        const events = this.plan.events;
        let ev = -1;
        if (e0 === this.eventFastStart) {
            ev = this.eventFast;
        }
        else if (eFlags === 0) {
            for (let k = 0; k < events.length; k++) {
                if (bytesEqual(b, e0, e1, events[k].bytes)) {
                    ev = k;
                    break;
                }
            }
        }
        else {
            ev = this.plan.eventIndex.get(decode(b, e0, e1, eFlags)) ?? -1;
        }
        if (ev < 0)
            return LINE_UNKNOWN;
        this.eventIndex = ev;
        const actions = events[ev].actions;
        let m = 0;
        for (let a = 0; a < actions.length; a++) {
            const act = actions[a];
            if (!this.conditionsHold(b, act.conditions))
                continue;
            if (act.op === OP_LATENCY) {
                const slot = act.fieldSlot;
                const v = this.num[slot];
                // A negative duration is not a sample: the line is invalid, not a fast save.
                if (type[slot] !== T_NUMBER || !Number.isFinite(v) || v < 0) {
                    this.why = WHY_VALUE;
                    this.invalidAction = a;
                    return LINE_INVALID;
                }
                this.values[m] = v * act.toMs;
            }
            else {
                this.inControl[m] = act.control !== null && this.conditionsHold(b, act.control) ? 1 : 0;
            }
            this.matched[m++] = a;
        }
        this.matchedCount = m;
        return LINE_EVENT;
    }
    /** The time of a line whose time is not the canonical string the field scan read, or NaN. */
    slowTime(b) {
        if (this.epoch)
            return this.epochTs(b);
        if (this.type[SLOT_TS] !== T_STRING)
            return Number.NaN;
        const ts0 = this.start[SLOT_TS];
        const ts1 = this.end[SLOT_TS];
        const tsFlags = this.flags[SLOT_TS];
        const ts = tsFlags === 0 ? parseCanonicalTimestamp(b, ts0, ts1) : Number.NaN;
        return Number.isNaN(ts) ? parseTimestamp(decode(b, ts0, ts1, tsFlags)) : ts;
    }
    /** The time of an epoch_ms / epoch_s line (a number, or a string of digits), or NaN. */
    epochTs(b) {
        const t = this.type[SLOT_TS];
        if (t === T_NUMBER)
            return epochTime(this.num[SLOT_TS], this.seconds);
        if (t !== T_STRING)
            return Number.NaN;
        const text = decode(b, this.start[SLOT_TS], this.end[SLOT_TS], this.flags[SLOT_TS]);
        return DECIMAL.test(text) ? epochTime(Number(text), this.seconds) : Number.NaN;
    }
    conditionsHold(b, conditions) {
        for (let k = 0; k < conditions.length; k++) {
            const c = conditions[k];
            const t = this.type[c.slot];
            const v = c.value;
            if (typeof v === 'string') {
                if (t !== T_STRING)
                    return false;
                const f = this.flags[c.slot];
                const s = this.start[c.slot];
                const e = this.end[c.slot];
                // case-insensitive: v is lower-case; a plain (ASCII) value folds byte by byte
                if (f === 0 ? !bytesEqualFold(b, s, e, c.bytes) : decode(b, s, e, f).toLowerCase() !== v)
                    return false;
            }
            else if (typeof v === 'number') {
                if (t !== T_NUMBER || this.num[c.slot] !== v)
                    return false;
            }
            else if (t !== (v ? T_TRUE : T_FALSE)) {
                return false;
            }
        }
        return true;
    }
}

;// CONCATENATED MODULE: ./src/telemetry/line-reasons.ts





// A key: kind × 2^24 + sub × 2^16 + detail (for a value: event × 256 + action).
const NOT_JSON = 1;
const NOT_OBJECT = 2;
const TOO_LONG = 3;
const TIME = 4;
const NAME = 5;
const line_reasons_VALUE = 6;
const key = (kind, sub = 0, detail = 0) => kind * 0x1000000 + sub * 0x10000 + detail;
/** The reason key of a line over the length limit (its bytes are gone). */
const TOO_LONG_KEY = key(TOO_LONG);
// Subs: what the value at fault is.
const ABSENT = 0;
const OTHER_TYPE = 1;
const NUMBER_MS = 2;
const NUMBER_S = 3;
const DIGITS_MS = 4;
const DIGITS_S = 5;
const NO_ZONE = 6;
const BAD_TEXT = 7;
const ISO_TEXT = 8;
const SECONDS_AS_MS = 9;
const MS_AS_SECONDS = 10;
const OUT_OF_RANGE = 11;
const STRING = 12;
const NEGATIVE = 13;
const NOT_FINITE = 14;
const NO_ZONE_TEXT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
/** The key of a malformed or invalid line just classified (cls) by `p`, from b[s, e). */
function reasonKey(p, b, s, e, cls) {
    if (cls === LINE_MALFORMED)
        return key(isValidJson(b, s, e) ? NOT_OBJECT : NOT_JSON);
    if (p.why === WHY_TIME)
        return key(TIME, timeSub(p, b));
    if (p.why === WHY_NAME)
        return key(NAME, p.type[SLOT_EVENT] === T_ABSENT ? ABSENT : OTHER_TYPE);
    const slot = p.plan.events[p.eventIndex].actions[p.invalidAction].fieldSlot;
    const t = p.type[slot];
    const v = p.num[slot];
    const sub = t === T_ABSENT
        ? ABSENT
        : t === T_STRING
            ? STRING
            : t !== T_NUMBER
                ? OTHER_TYPE
                : v < 0
                    ? NEGATIVE
                    : NOT_FINITE;
    return key(line_reasons_VALUE, sub, p.eventIndex * 256 + Math.min(p.invalidAction, 255));
}
function timeSub(p, b) {
    const t = p.type[SLOT_TS];
    if (t === T_ABSENT)
        return ABSENT;
    const text = t === T_STRING ? decode(b, p.start[SLOT_TS], p.end[SLOT_TS], p.flags[SLOT_TS]) : undefined;
    const v = t === T_NUMBER ? p.num[SLOT_TS] : text !== undefined && DECIMAL.test(text) ? Number(text) : NaN;
    if (p.plan.timeFormat === TIME_ISO8601) {
        if (t === T_NUMBER)
            return v >= EPOCH_MIN_MS ? NUMBER_MS : NUMBER_S;
        if (text === undefined)
            return OTHER_TYPE;
        if (!Number.isNaN(v))
            return v >= EPOCH_MIN_MS ? DIGITS_MS : DIGITS_S;
        return NO_ZONE_TEXT.test(text) ? NO_ZONE : BAD_TEXT;
    }
    if (Number.isNaN(v))
        return text !== undefined && !Number.isNaN(parseTimestamp(text)) ? ISO_TEXT : OTHER_TYPE;
    const seconds = p.plan.timeFormat === TIME_EPOCH_S;
    const ms = seconds ? v * 1000 : v;
    if (!seconds && ms < EPOCH_MIN_MS && ms * 1000 >= EPOCH_MIN_MS && ms * 1000 < EPOCH_MAX_MS)
        return SECONDS_AS_MS;
    if (seconds && ms >= EPOCH_MAX_MS && v >= EPOCH_MIN_MS && v < EPOCH_MAX_MS)
        return MS_AS_SECONDS;
    return OUT_OF_RANGE;
}
const MAP = 'in rollout.yaml';
const JSONL_FIX = 'write one JSON object a line (JSON Lines), as docs/events.md shows';
/** The reason of a line over the length limit. */
function tooLongReason(maxLineBytes) {
    return {
        reason: `is longer than ${maxLineBytes} bytes`,
        fix: `${JSONL_FIX}; a line this long is not one event`,
    };
}
/**
 * The reason of `k` in words, for its first line b[s, e) (classified by `p` just before), or for
 * a line over `maxLineBytes` (whose bytes are gone).
 */
function describeReason(k, p, b, s, e, maxLineBytes) {
    const kind = Math.floor(k / 0x1000000);
    const sub = Math.floor(k / 0x10000) % 0x100;
    const plan = p.plan;
    if (kind === NOT_JSON)
        return { reason: 'is not valid JSON', fix: JSONL_FIX };
    if (kind === NOT_OBJECT)
        return { reason: 'is JSON but not an object', fix: JSONL_FIX };
    if (kind === TOO_LONG)
        return tooLongReason(maxLineBytes);
    if (kind === TIME)
        return timeReason(sub, p, keysOf(b, s, e));
    const name = plan.fields[SLOT_EVENT];
    if (kind === NAME) {
        if (sub !== ABSENT)
            return { reason: `"${name}" is not a string`, fix: `give the event name in "${name}" as a string` };
        const guess = guessKey(keysOf(b, s, e), NAME_KEYS, plan.fields[SLOT_TS]);
        return {
            reason: `has no "${name}" (the event name)`,
            fix: guess
                ? `the line has "${guess}": map it with events.name: ${guess} ${MAP}`
                : `give the event name in "${name}", or name the key that holds it with events.name ${MAP}`,
        };
    }
    const detail = k % 0x10000;
    const rule = plan.events[Math.floor(detail / 256)];
    const act = rule.actions[detail % 256];
    const field = plan.fields[act.fieldSlot];
    const sli = plan.sliIds[act.sli];
    const of = `"${field}" of ${rule.name} (SLI ${sli})`;
    const change = `or change slis.${sli}.field in rollout.yaml`;
    switch (sub) {
        case ABSENT:
            return {
                reason: `${rule.name} has no "${field}" (SLI ${sli})`,
                fix: `send the duration in "${field}", ${change}`,
            };
        case STRING:
            return { reason: `${of} is a string, not a number`, fix: `send it as a JSON number (812, not "812")` };
        case NEGATIVE:
            return {
                reason: `${of} is negative`,
                fix: 'a duration is never negative: check how the sender measures it',
            };
        case NOT_FINITE:
            return { reason: `${of} is too large to be a number`, fix: 'check how the sender measures it' };
        default:
            return { reason: `${of} is not a number`, fix: `send the duration as a JSON number, ${change}` };
    }
}
/** The reason of an unusable time (`sub`, a kind of value), with its fix: one case per kind. */
function timeReason(sub, p, keys) {
    const f = p.plan.fields[SLOT_TS];
    const format = ['iso8601', 'epoch_ms', 'epoch_s'][p.plan.timeFormat];
    const set = (v) => `map it with events.time.format: ${v} ${MAP}`;
    switch (sub) {
        case ABSENT: {
            const guess = guessKey(keys, TIME_KEYS, p.plan.fields[SLOT_EVENT]);
            const v = guess === undefined ? undefined : keys.get(guess);
            const as = typeof v === 'number' || (typeof v === 'string' && DECIMAL.test(v))
                ? `, format: ${Number(v) >= EPOCH_MIN_MS ? 'epoch_ms' : 'epoch_s'}`
                : '';
            return {
                reason: `has no "${f}" (the event time)`,
                fix: guess
                    ? `the line has "${guess}": map it with events.time: { field: ${guess}${as} } ${MAP}`
                    : `give the event time in "${f}", or name the key that holds it with events.time.field ${MAP}`,
            };
        }
        case NUMBER_MS:
            return { reason: `"${f}" is a number (epoch ms?), not an ISO 8601 string`, fix: set('epoch_ms') };
        case NUMBER_S:
            return { reason: `"${f}" is a number (epoch seconds?), not an ISO 8601 string`, fix: set('epoch_s') };
        case DIGITS_MS:
            return {
                reason: `"${f}" is a string of digits (epoch ms?), not an ISO 8601 date-time`,
                fix: set('epoch_ms'),
            };
        case DIGITS_S:
            return {
                reason: `"${f}" is a string of digits (epoch seconds?), not an ISO 8601 date-time`,
                fix: set('epoch_s'),
            };
        case NO_ZONE:
            return {
                reason: `"${f}" has no time zone (ISO 8601 with Z or an offset is required: a time without one is no instant)`,
                fix: 'write the time with its zone, e.g. 2026-11-20T10:03:12.345Z or 2026-11-20T19:03:12+09:00',
            };
        case BAD_TEXT:
            return {
                reason: `"${f}" is not an ISO 8601 date-time with a zone (or not a real one)`,
                fix: 'write the time as 2026-11-20T10:03:12.345Z or 2026-11-20T19:03:12+09:00',
            };
        case ISO_TEXT:
            return {
                reason: `"${f}" is an ISO 8601 string, but events.time.format is ${format}`,
                fix: `remove events.time.format (iso8601 is the default) ${MAP}`,
            };
        case SECONDS_AS_MS:
            return { reason: `"${f}" read as epoch_ms falls in 1970 (epoch seconds?)`, fix: set('epoch_s') };
        case MS_AS_SECONDS:
            return { reason: `"${f}" read as epoch_s falls after the year 5000 (epoch ms?)`, fix: set('epoch_ms') };
        case OUT_OF_RANGE:
            return {
                reason: `"${f}" read as ${format} is not a time between 1973 and 5138`,
                fix: `send ${format === 'epoch_s' ? 'seconds' : 'milliseconds'} since 1970-01-01T00:00:00Z`,
            };
        default:
            return {
                reason: `"${f}" is not ${p.plan.timeFormat === TIME_ISO8601 ? 'a string' : 'a number or a string of digits'}`,
                fix: p.plan.timeFormat === TIME_ISO8601
                    ? 'write the time as an ISO 8601 string, e.g. 2026-11-20T10:03:12.345Z'
                    : `send the time as a number of ${format === 'epoch_s' ? 'seconds' : 'milliseconds'}`,
            };
    }
}
/** The top-level keys and values of a line that is a JSON object (empty for one that is not). */
function keysOf(b, s, e) {
    try {
        const v = JSON.parse(b.toString('utf8', s, e));
        return typeof v === 'object' && v !== null && !Array.isArray(v) ? new Map(Object.entries(v)) : new Map();
    }
    catch {
        return new Map();
    }
}
/** Keys that commonly hold an event's time, or its name. */
const TIME_KEYS = /^(@?timestamp|time|ts|t|date|datetime|event_?time|created_?at|occurred_?at|when)$/i;
const NAME_KEYS = /^(name|type|event_?name|event_?type|action|kind|event)$/i;
/** The first key of the line that commonly holds what is missing (not `other`, the time or name key), as a hint. */
function guessKey(keys, like, other) {
    for (const k of keys.keys())
        if (like.test(k) && k !== other)
            return k;
    return undefined;
}

;// CONCATENATED MODULE: ./src/telemetry/line-tally.ts
/** At most this much of a line is shown. */
const EXAMPLE_CHARS = 120;
/** Event names beyond this many are counted together, so a flood of names cannot grow memory. */
const MAX_NAMES = 100;
const OTHER_NAMES = 'other names (over 100)';
const UNKNOWN_FIX = 'map it under slis: in rollout.yaml if an SLI should count it';
/** The line b[s, e) as shown in a message: at most EXAMPLE_CHARS characters, control bytes as "?". */
function exampleText(b, s, e) {
    const chars = [...b.toString('utf8', s, Math.min(e, s + EXAMPLE_CHARS * 4))];
    const shown = chars.slice(0, EXAMPLE_CHARS).join('');
    const cut = chars.length > EXAMPLE_CHARS || e - s > EXAMPLE_CHARS * 4;
    return `${shown.replace(/[\u0000-\u001f\u007f]/g, '?')}${cut ? '…' : ''}`;
}
const byCount = (a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);
class LineTally {
    unusable = new Map();
    unknown = new Map();
    /** A malformed or invalid line of reason `key`; `describe` and `example` are asked for its first line only. */
    addUnusable(key, describe, example) {
        const have = this.unusable.get(key);
        if (have !== undefined)
            have.count++;
        else
            this.unusable.set(key, { key, ...describe(), count: 1, example: example() });
    }
    /** `n` lines of an event no SLI maps, named `name` (past MAX_NAMES names, counted together). */
    addUnknown(name, example, n = 1) {
        const key = this.unknown.has(name) || this.unknown.size < MAX_NAMES ? name : OTHER_NAMES;
        const have = this.unknown.get(key);
        if (have !== undefined)
            have.count += n;
        else
            this.unknown.set(key, { key: 0, reason: key, fix: UNKNOWN_FIX, count: n, example: example() });
    }
    /**
     * Adds a tally of the next part of the current input (a segment), in input order: counts add
     * up, a reason's first example stays the first; the part's line numbers count from `lineBase`.
     */
    absorb(t, source, lineBase) {
        const rebase = (x) => ({ ...x, source, line: x.line + lineBase });
        for (const r of t.unusable) {
            const have = this.unusable.get(r.key);
            if (have !== undefined)
                have.count += r.count;
            else
                this.unusable.set(r.key, { ...r, example: rebase(r.example) });
        }
        for (const r of t.unknown)
            this.addUnknown(r.reason, () => rebase(r.example), r.count);
    }
    toJSON() {
        return {
            unusable: [...this.unusable.values()].map((r) => ({ ...r })).sort(byCount),
            unknown: [...this.unknown.values()].map((r) => ({ ...r })).sort(byCount),
        };
    }
}

;// CONCATENATED MODULE: ./src/telemetry/split-lines.ts
/**
 * Line splitting: chunks of bytes in, whole lines out. A line may span chunks: its start is
 * copied (the caller may reuse the chunk's memory) and kept until its newline arrives. A line
 * longer than the limit is reported as too long without ever being buffered whole, so memory
 * stays flat whatever the input. Subclasses say what a line amounts to (attribution.ts,
 * collect.ts); they are called directly, with no callback in between.
 *
 * Pure: no I/O.
 */

/** Lines longer than this are counted malformed without being buffered whole. */
const DEFAULT_MAX_LINE_BYTES = 1 << 20;
class LineSplitter {
    maxLine;
    /** The unfinished last line of the previous chunk. */
    carry = [];
    carryBytes = 0;
    overlong = false;
    constructor(maxLineBytes) {
        this.maxLine = maxLineBytes;
    }
    /** Cuts the next bytes of the current input into lines. The chunk is not kept after the call. */
    split(chunk) {
        let pos = 0;
        const n = chunk.length;
        if (this.carryBytes > 0 || this.overlong) {
            const nl = chunk.indexOf(0x0a);
            const upto = nl < 0 ? n : nl;
            if (!this.overlong) {
                if (this.carryBytes + upto > this.maxLine) {
                    this.overlong = true;
                    this.carry = [];
                    this.carryBytes = 0;
                }
                else {
                    this.carry.push(external_node_buffer_namespaceObject.Buffer.from(chunk.subarray(0, upto)));
                    this.carryBytes += upto;
                }
            }
            if (nl < 0)
                return;
            this.flushCarry();
            pos = nl + 1;
        }
        for (;;) {
            const nl = chunk.indexOf(0x0a, pos);
            if (nl < 0)
                break;
            if (nl - pos > this.maxLine)
                this.lineTooLong();
            else
                this.line(chunk, pos, nl);
            pos = nl + 1;
        }
        if (pos < n) {
            if (n - pos > this.maxLine) {
                this.overlong = true;
            }
            else {
                // Copy: the caller may reuse the chunk's memory.
                this.carry = [external_node_buffer_namespaceObject.Buffer.from(chunk.subarray(pos))];
                this.carryBytes = n - pos;
            }
        }
    }
    /** The unfinished line, as a last line (at the end of an input: a last line without a newline). */
    flushCarry() {
        if (this.overlong) {
            this.lineTooLong();
            this.overlong = false;
        }
        else if (this.carryBytes > 0) {
            const line = this.carry.length === 1 ? this.carry[0] : external_node_buffer_namespaceObject.Buffer.concat(this.carry, this.carryBytes);
            this.line(line, 0, line.length);
        }
        this.carry = [];
        this.carryBytes = 0;
    }
    /** Forgets an unfinished line (a new input starts). */
    dropCarry() {
        this.carry = [];
        this.carryBytes = 0;
        this.overlong = false;
    }
}

;// CONCATENATED MODULE: ./src/telemetry/attribution.ts




class WindowAttribution extends LineSplitter {
    from;
    windowMs;
    /**
     * One slot per window of [from, to), made on its first line (windowAt): a segment of a 90-day
     * file touches a few of the 8,640 windows, and a window never made costs nothing to hand over.
     * Only their line counts are touched here.
     */
    windows;
    newWindow;
    stats = {
        lines: 0,
        outside: 0,
        tooLong: 0,
        notes: {},
        unusable: [],
        unknown: [],
    };
    /** Lines that are not events, by reason or name (read into `stats` when it is handed out). */
    tally = new LineTally();
    unattributed = [];
    maxLineBytes;
    // Per input.
    source = '';
    /** Lines of this input (or segment) so far, blank ones included: the line number of the last one. */
    lineNo = 0;
    inSource = false;
    /** Window index (relative to from, may be out of range) of the last line with a usable ts; NaN before one. */
    anchor = Number.NaN;
    firstAnchor = Number.NaN;
    /** Segment mode: lines before the first usable ts are kept aside, not placed. */
    segment = false;
    leadingMalformed = 0;
    leadingInvalid = 0;
    pendingMalformed = 0;
    pendingInvalid = 0;
    constructor(o) {
        super(o.maxLineBytes);
        this.maxLineBytes = o.maxLineBytes;
        this.from = o.from;
        this.windowMs = o.windowMs;
        this.windows = new Array(o.windowCount);
        this.newWindow = o.newWindow;
    }
    /** Window `idx` (relative to from), made empty on first use; undefined outside [from, to). */
    windowAt(idx) {
        const w = this.windows[idx];
        if (w !== undefined)
            return w;
        if (!(idx >= 0 && idx < this.windows.length))
            return undefined;
        const made = this.newWindow();
        this.windows[idx] = made;
        return made;
    }
    /** Starts an input: attribution of lines without a timestamp does not cross inputs. */
    beginSource(name) {
        if (this.inSource)
            this.endSource();
        this.source = name;
        this.lineNo = 0;
        this.inSource = true;
        this.anchor = Number.NaN;
        this.firstAnchor = Number.NaN;
        this.leadingMalformed = 0;
        this.leadingInvalid = 0;
        this.pendingMalformed = 0;
        this.pendingInvalid = 0;
        this.dropCarry();
    }
    /** Feeds the next bytes of the current input. The buffer is not kept after the call. */
    push(chunk) {
        if (!this.inSource)
            this.beginSource('<input>');
        this.split(chunk);
    }
    /** Ends the current input (a last line without a newline still counts). */
    endSource() {
        if (!this.inSource)
            return;
        this.flushCarry();
        if (this.pendingMalformed > 0 || this.pendingInvalid > 0) {
            this.unattributed.push({
                source: this.source,
                malformed: this.pendingMalformed,
                invalid: this.pendingInvalid,
            });
        }
        this.pendingMalformed = 0;
        this.pendingInvalid = 0;
        this.inSource = false;
    }
    lineTooLong() {
        this.lineNo++;
        this.tally.addUnusable(TOO_LONG_KEY, () => tooLongReason(this.maxLineBytes), () => ({ source: this.source, line: this.lineNo, text: null }));
        this.stats.tooLong++;
        this.stats.lines++;
        this.noTs(true);
    }
    /** A line without a usable ts: counted where the last usable ts was, or kept pending. */
    noTs(malformed) {
        const a = this.anchor;
        if (Number.isNaN(a)) {
            if (malformed)
                this.pendingMalformed++;
            else
                this.pendingInvalid++;
            return;
        }
        const w = this.windowAt(a);
        if (w === undefined) {
            this.stats.outside++;
        }
        else if (malformed) {
            w.malformed++;
        }
        else {
            w.invalid++;
        }
    }
    /** A line with a usable ts in window `idx`, another window than the last such line's. */
    moveAnchor(idx) {
        if (Number.isNaN(this.anchor)) {
            this.firstAnchor = idx;
            if (this.segment) {
                this.leadingMalformed = this.pendingMalformed;
                this.leadingInvalid = this.pendingInvalid;
                this.pendingMalformed = 0;
                this.pendingInvalid = 0;
            }
        }
        this.anchor = idx;
        if (this.pendingMalformed > 0 || this.pendingInvalid > 0)
            this.settlePending(idx);
    }
    settlePending(idx) {
        const w = this.windowAt(idx);
        if (w === undefined) {
            this.stats.outside += this.pendingMalformed + this.pendingInvalid;
        }
        else {
            w.malformed += this.pendingMalformed;
            w.invalid += this.pendingInvalid;
        }
        this.pendingMalformed = 0;
        this.pendingInvalid = 0;
    }
    setSegmentMode() {
        this.segment = true;
    }
    /** Ends a segment: its last line, and where its attribution stands. */
    endSegmentAttribution() {
        this.flushCarry();
        if (Number.isNaN(this.anchor)) {
            this.leadingMalformed = this.pendingMalformed;
            this.leadingInvalid = this.pendingInvalid;
        }
        this.pendingMalformed = 0;
        this.pendingInvalid = 0;
        this.inSource = false;
        return {
            leadingMalformed: this.leadingMalformed,
            leadingInvalid: this.leadingInvalid,
            firstAnchor: !Number.isNaN(this.firstAnchor) ? this.firstAnchor : null,
            lastAnchor: !Number.isNaN(this.anchor) ? this.anchor : null,
            stats: this.statsNow(),
            lineCount: this.lineNo,
        };
    }
    /** The stats as plain data, with the tally of the lines that are not events. */
    statsNow() {
        return { ...this.stats, notes: { ...this.stats.notes }, ...this.tally.toJSON() };
    }
    /** Merges the next segment of the current input: places its leading lines, takes its anchors and stats. */
    absorbAttribution(seg) {
        if (!this.inSource)
            this.beginSource('<input>');
        for (let k = 0; k < seg.leadingMalformed; k++)
            this.noTs(true);
        for (let k = 0; k < seg.leadingInvalid; k++)
            this.noTs(false);
        if (seg.firstAnchor !== null && Number.isNaN(this.anchor)) {
            this.anchor = seg.firstAnchor;
            if (this.pendingMalformed > 0 || this.pendingInvalid > 0)
                this.settlePending(seg.firstAnchor);
        }
        if (seg.lastAnchor !== null)
            this.anchor = seg.lastAnchor;
        this.stats.lines += seg.stats.lines;
        this.stats.outside += seg.stats.outside;
        this.stats.tooLong += seg.stats.tooLong;
        for (const [note, n] of Object.entries(seg.stats.notes))
            addNote(this.stats.notes, note, n);
        this.tally.absorb(seg.stats, this.source, this.lineNo);
        this.lineNo += seg.lineCount;
    }
    /** Ends the open input; the inputs that had lines but no usable timestamp to place them by. */
    endAttribution() {
        this.endSource();
        return [...this.unattributed];
    }
}

;// CONCATENATED MODULE: ./src/telemetry/window.ts
/**
 * Window alignment: the 15-minute grid every report sits on. Windows are half-open [start, end),
 * aligned to multiples of their length since the Unix epoch (so 15-minute windows start at :00,
 * :15, :30, :45 UTC). A report file is named after its window's end in UTC: YYYYMMDDHHMM.jsonl.
 * Pure: no clock, no I/O.
 */
const MINUTE_MS = 60_000;
const DEFAULT_WINDOW_MS = 15 * MINUTE_MS;
function checkWindowMs(windowMs) {
    if (!Number.isSafeInteger(windowMs) || windowMs <= 0 || windowMs % MINUTE_MS !== 0) {
        throw new RangeError(`window length must be a positive whole number of minutes, got ${windowMs} ms`);
    }
}
/** Start of the window holding `ms` (floor toward −∞, also for instants before 1970). */
function windowStart(ms, windowMs = DEFAULT_WINDOW_MS) {
    return Math.floor(ms / windowMs) * windowMs;
}
/** The smallest window boundary ≥ `ms`. */
function ceilToWindow(ms, windowMs = DEFAULT_WINDOW_MS) {
    return Math.ceil(ms / windowMs) * windowMs;
}
function isAligned(ms, windowMs = DEFAULT_WINDOW_MS) {
    return Number.isSafeInteger(ms) && ms % windowMs === 0;
}
/** Widen [from, to) to whole windows: [floor(from), ceil(to)). */
function alignRange(fromMs, toMs, windowMs = DEFAULT_WINDOW_MS) {
    checkWindowMs(windowMs);
    return { from: windowStart(fromMs, windowMs), to: ceilToWindow(toMs, windowMs) };
}
/**
 * Starts of the windows that cover [from, to). Both ends must be window boundaries (use
 * `alignRange` first); from = to gives no windows.
 */
function windowStarts(fromMs, toMs, windowMs = DEFAULT_WINDOW_MS) {
    checkWindowMs(windowMs);
    if (!isAligned(fromMs, windowMs) || !isAligned(toMs, windowMs)) {
        throw new RangeError(`range ${new Date(fromMs).toISOString()} – ${new Date(toMs).toISOString()} is not aligned to ${windowMs / MINUTE_MS}-minute windows`);
    }
    if (toMs < fromMs)
        throw new RangeError('range end is before its start');
    const out = [];
    for (let s = fromMs; s < toMs; s += windowMs)
        out.push(s);
    return out;
}
function pad(n, width) {
    return String(n).padStart(width, '0');
}
/** "YYYYMMDDHHMM.jsonl" for a window ending at `endMs` (UTC). The end must be a whole minute. */
function windowFileName(endMs) {
    if (!Number.isSafeInteger(endMs) || endMs % MINUTE_MS !== 0) {
        throw new RangeError(`a window end must be a whole minute, got ${endMs}`);
    }
    const d = new Date(endMs);
    const y = d.getUTCFullYear();
    if (y < 0 || y > 9999)
        throw new RangeError(`window end ${endMs} is outside years 0000–9999`);
    return `${pad(y, 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}.jsonl`;
}
const FILE_NAME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})\.jsonl$/;
/** The window end a report file name stands for, or undefined when the name is not one. */
function parseWindowFileName(name) {
    const m = FILE_NAME.exec(name);
    if (!m)
        return undefined;
    const [y, mo, d, h, mi] = m.slice(1).map(Number);
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59)
        return undefined;
    const t = new Date(0);
    t.setUTCFullYear(y, mo - 1, d); // not Date.UTC: it maps years 0–99 to 1900–1999
    t.setUTCHours(h, mi, 0, 0);
    const ms = t.getTime();
    if (windowFileName(ms) !== name)
        return undefined; // e.g. 20260231…: no such day
    return ms;
}

;// CONCATENATED MODULE: ./src/telemetry/collect.ts
/**
 * Streaming collection: event lines in, one WindowRecord per window of [from, to) out.
 *
 * Feed each input (a file) as chunks of bytes between beginSource() and endSource(); lines may
 * span chunks. Only per-window aggregates are kept, so memory does not grow with the number of
 * events. Every window of the range is reported, with zero counts when nothing happened in it.
 *
 * The Collector is one class over four jobs, each in its own file: line splitting
 * (split-lines.ts), line classification (classify.ts), which window a line is counted in
 * (attribution.ts) and the per-window aggregates (aggregate.ts). The layers are subclasses, not
 * callbacks, so the per-line path makes direct calls only.
 *
 * Pure: time comes from the events; no clock, no I/O.
 */











class Collector extends WindowAttribution {
    plan;
    parser;
    constructor(options) {
        const plan = compilePlan(options.policy.slis, options.thresholds ?? latencyThresholds(options.policy), options.policy.events);
        const windowMs = options.policy.windowMs;
        super({
            from: options.from,
            windowMs,
            maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
            windowCount: windowStarts(options.from, options.to, windowMs).length,
            newWindow: () => emptyWindow(plan),
        });
        this.plan = plan;
        this.parser = new LineParser(plan);
    }
    /** One line: classified, attributed to its window, added into that window's aggregates. */
    line(b, s, e) {
        const p = this.parser;
        const cls = p.classify(b, s, e);
        this.lineNo++;
        if (cls === LINE_BLANK)
            return;
        this.stats.lines++;
        if (cls === LINE_MALFORMED || cls === LINE_INVALID_NO_TS) {
            this.noteLine(b, s, e, cls);
            this.noTs(cls === LINE_MALFORMED);
            return;
        }
        if (cls !== LINE_EVENT)
            this.noteLine(b, s, e, cls);
        const idx = Math.floor((p.ts - this.from) / this.windowMs);
        if (idx !== this.anchor)
            this.moveAnchor(idx);
        const w = this.windows[idx] ?? this.windowAt(idx);
        if (w === undefined) {
            this.stats.outside++;
            return;
        }
        if (cls === LINE_EVENT) {
            w.events++;
            // The aggregation's inner loop, kept here so an event line costs no extra call.
            const actions = this.plan.events[p.eventIndex].actions;
            const matched = p.matched;
            for (let k = 0; k < p.matchedCount; k++) {
                const act = actions[matched[k]];
                const agg = w.slis[act.sli];
                switch (act.op) {
                    case OP_LATENCY:
                        if (agg.kind === 'latency') {
                            const v = p.values[k];
                            agg.count++;
                            w.sums[act.sli].add(v);
                            if (agg.min === null || v < agg.min)
                                agg.min = v;
                            if (agg.max === null || v > agg.max)
                                agg.max = v;
                            agg.sketch.add(v);
                            const over = agg.over;
                            if (over) {
                                // Indexed, not for…of: the iterator was not optimized away and cost an allocation a line.
                                const thresholds = this.plan.thresholds[act.sli];
                                for (let q = 0; q < thresholds.length; q++) {
                                    const t = thresholds[q];
                                    if (v > t)
                                        over.set(t, over.get(t) + 1);
                                }
                            }
                        }
                        break;
                    // A control-cohort event is counted apart, never in the rate (the aggregate then has `control`).
                    case OP_NUMERATOR:
                        if (agg.kind === 'ratio') {
                            if (p.inControl[k] === 1)
                                agg.control.numerator++;
                            else
                                agg.numerator++;
                        }
                        break;
                    case OP_DENOMINATOR:
                        if (agg.kind === 'ratio') {
                            if (p.inControl[k] === 1)
                                agg.control.denominator++;
                            else
                                agg.denominator++;
                        }
                        break;
                    case OP_COUNT:
                        if (agg.kind === 'count' && (act.fieldSlot < 0 || this.distinctNew(b, act.sli, act.fieldSlot)))
                            agg.count++;
                        break;
                }
            }
            if (p.matchedCount === 0 && this.plan.events[p.eventIndex].whereSlots.length > 0)
                this.noteUnmatched(b);
        }
        else if (cls === LINE_UNKNOWN) {
            w.unknown++;
        }
        else if (cls === LINE_INVALID) {
            w.invalid++;
        }
    }
    /**
     * A count SLI with `distinct`: is the event's value new in its window? An event without the
     * field counts as its own bug (never dropped: a critical bug without an id is still a critical
     * bug, and over-counting fails safe), and is noted so the operator fixes the reporter.
     */
    distinctNew(b, sli, slot) {
        const key = distinctKey(this.parser, b, slot);
        if (key === null) {
            const event = this.plan.events[this.parser.eventIndex].name;
            const field = this.plan.fields[slot];
            addNote(this.stats.notes, `${event} lines without a string or number "${field}" are counted by ${this.plan.sliIds[sli]} as one each (distinct: ${field})`);
            return true;
        }
        const ids = this.windows[this.anchor].ids[sli];
        if (ids.has(key))
            return false;
        ids.add(key);
        return true;
    }
    /**
     * A line that is not an event (malformed, invalid, of a name no SLI maps), tallied by reason or
     * name with its first line as an example, in or out of the range: the rule on such lines
     * (line-report.ts) looks at everything a source read.
     */
    noteLine(b, s, e, cls) {
        const p = this.parser;
        const example = () => ({ source: this.source, line: this.lineNo, text: exampleText(b, s, e) });
        if (cls === LINE_UNKNOWN) {
            const name = p.fieldValue(b, SLOT_EVENT);
            this.tally.addUnknown(String(name), example);
            return;
        }
        const key = reasonKey(p, b, s, e, cls);
        this.tally.addUnusable(key, () => describeReason(key, p, b, s, e, this.maxLineBytes), example);
    }
    /** A line of a mapped event that no SLI counts because of a `where` value: noted, not silently dropped. */
    noteUnmatched(b) {
        const why = unmatchedWhere(this.parser, b);
        if (why === null)
            return;
        const event = this.plan.events[this.parser.eventIndex].name;
        addNote(this.stats.notes, `${event} lines with ${why} are counted by no SLI (no SLI's where: accepts it)`);
    }
    takeSegment() {
        const attribution = this.endSegmentAttribution();
        return { windows: segmentWindows(this.windows), ...attribution };
    }
    /**
     * Merges the next segment of the current input (segments must come in input order, between
     * beginSource() and endSource() of that input; the collectors must share policy and range).
     */
    absorbSegment(seg) {
        this.absorbAttribution(seg);
        for (const sw of seg.windows)
            absorbWindow(this.windowAt(sw.index), sw);
    }
    /** Ends the open input and returns every window of the range. */
    finish() {
        const unattributed = this.endAttribution();
        const windows = windowRecords(Array.from(this.windows, (w, i) => w ?? this.windowAt(i)), this.plan, this.from, this.windowMs);
        return { windows, unattributed, stats: this.statsNow() };
    }
}
/**
 * Segments: a big input cut at line boundaries is collected part by part (e.g. in workers) and
 * merged in input order with exactly the result of one sequential pass.
 */
class SegmentCollector extends Collector {
    /** Starts the segment (one contiguous run of whole lines of one input). */
    beginSegment(name) {
        super.beginSource(name);
        this.setSegmentMode();
    }
    /** Ends the segment and returns its aggregates. */
    endSegment() {
        return this.takeSegment();
    }
}
/** Collects in-memory inputs (tests, small sources): each element is one input's full text. */
function collectTexts(inputs, options) {
    const c = new Collector(options);
    for (const input of inputs) {
        c.beginSource(input.source);
        c.push(typeof input.text === 'string' ? Buffer.from(input.text, 'utf8') : input.text);
        c.endSource();
    }
    return c.finish();
}

;// CONCATENATED MODULE: ./src/telemetry/collect-warmup.ts
/**
 * Warm-up for a parse thread that waits for its first range: a generic policy's collect over
 * synthetic lines shaped like real events, so V8 has optimized the parse path (split, classify,
 * the aggregates) before the real bytes arrive. A range parsed cold runs ~60 % slower until the
 * optimizing compiler is done, and a worker that boots while the main thread still loads the
 * policy would otherwise idle. The code the JIT optimizes is shared by every collector of the
 * thread, whatever its policy. The main thread runs one round too, once the workers have their
 * ranges (collect-parallel.ts), for the feedback of every kind of line rather than for speed.
 *
 * Pure: no I/O.
 */



const FROM = Date.UTC(2026, 0, 1);
const WINDOWS = 4;
/** One SLI of each kind and option: a latency, ratios with a `where` and a control cohort, a distinct count. */
const SLIS = {
    latency: { kind: 'latency', event: 'w.save', field: 'duration_ms', unit: 'ms' },
    ratio: {
        kind: 'ratio',
        numerator: { event: 'w.restore', where: { success: true } },
        denominator: { event: 'w.restore' },
        control: { cohort: 'control' },
    },
    mode: {
        kind: 'ratio',
        numerator: { event: 'w.merge', where: { mode: 'auto' } },
        denominator: { event: 'w.merge' },
    },
    count: { kind: 'count', event: 'w.bug', where: { severity: 'critical' }, distinct: 'id' },
};
/** 250 lines over four windows, mostly the common shape, a few of the rare ones (unknown, invalid, broken). */
function lines() {
    const out = [];
    for (let i = 0; i < 250; i++) {
        const ts = new Date(FROM + (i % WINDOWS) * DEFAULT_WINDOW_MS + ((i * 7_919) % DEFAULT_WINDOW_MS)).toISOString();
        const common = `"session":"s-${(i * 7919).toString(16)}","app":"${i % 3 ? 'web' : 'desktop'}","version":"4.${i % 5}.0","cohort":"${i % 4 ? 'beta' : 'control'}"`;
        const kind = i % 10;
        if (kind < 6)
            out.push(`{"ts":"${ts}","event":"w.save","duration_ms":${(i * 37) % 3000},${common}}`);
        else if (kind === 6)
            out.push(`{"ts":"${ts}","event":"w.restore","success":${i % 3 > 0},${common}}`);
        else if (kind === 7)
            out.push(`{"ts":"${ts}","event":"w.merge","mode":"${i % 2 ? 'auto' : 'manual'}",${common}}`);
        else if (kind === 8)
            out.push(`{"ts":"${ts}","event":"w.bug","severity":"critical","id":"b-${i % 50}",${common}}`);
        else if (i % 7 === 0)
            out.push(`{"ts":"${ts}","event":"other.event",${common}}`);
        else if (i % 3 === 0)
            out.push(i % 20 < 10 ? `{"ts":"${ts}","event":"w.save","duration_ms":"slow"}` : '{"ts":');
        else
            out.push(`{"ts":"${ts}","event":"w.session",${common}}`);
    }
    return external_node_buffer_namespaceObject.Buffer.from(`${out.join('\n')}\n`);
}
let collect_warmup_text;
/** One round of the warm-up: 250 lines, a quarter of a millisecond once optimized. */
function warmCollectRound() {
    collect_warmup_text ??= lines();
    const c = new SegmentCollector({
        policy: { slis: SLIS, windowMs: DEFAULT_WINDOW_MS },
        thresholds: { latency: [500] },
        from: FROM,
        to: FROM + WINDOWS * DEFAULT_WINDOW_MS,
    });
    c.beginSegment('warm-up');
    // in chunks, as a file is read, so the split path that carries a line across chunks runs too
    for (let p = 0; p < collect_warmup_text.length; p += 8_192)
        c.push(collect_warmup_text.subarray(p, p + 8_192));
    return c.endSegment();
}
/**
 * A round for the threads that parse: false when it threw. The ranges never depend on the
 * warm-up, so a failing round ends the warm-up, never the collect.
 */
function tryWarmCollectRound() {
    try {
        warmCollectRound();
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/telemetry/sources/read-chunks.ts



/**
 * Bytes read at a time, by each thread into a buffer it reuses (readChunks below). 256 KiB keeps
 * ~5 MiB less resident than 1 MiB in a two-thread collect of 1M events over 7 days (median peak
 * RSS 127.8 against 133.4 MiB) for ~2 % more time (0.71 against 0.70 s; medians of 8 runs each).
 */
const READ_CHUNK_BYTES = (/* unused pure expression or super */ null && (1 << 18));
/**
 * Reads bytes [span.pos, span.end) of an open file as chunks into one buffer allocated once, so memory
 * stays flat however large the file is: a chunk is valid only until the next one is asked for
 * (copy what must outlive it).
 *
 * The reads are synchronous, with a turn of the event loop after each chunk (a worker's reply, a
 * progress line, another source's request go on meanwhile). An asynchronous read is a round trip
 * through libuv's thread pool, whose threads then compete with the parse threads for the cores:
 * two threads parsing the halves of a 169 MB file, warmed up, took ~8 % longer reading
 * asynchronously than synchronously, and as long synchronously as from memory. The copy out of the
 * page cache is short next to the parse of the chunk.
 */
async function* readChunks(fd, span, chunkBytes) {
    const buf = external_node_buffer_namespaceObject.Buffer.allocUnsafe(chunkBytes);
    while (span.pos < span.end) {
        const bytesRead = (0,external_node_fs_namespaceObject.readSync)(fd, buf, 0, Math.min(buf.length, span.end - span.pos), span.pos);
        if (bytesRead === 0)
            return;
        span.pos += bytesRead;
        yield buf.subarray(0, bytesRead);
        await (0,external_node_timers_promises_namespaceObject.setImmediate)();
    }
}
/**
 * Cuts what is left of `span` in two when at least 2 × `minBytes` is left: its end moves to the
 * middle, which is returned, and the bytes from there to the old end are another thread's to
 * read. `size` is the file's size, for a span that reads to the end of the file (end: Infinity).
 */
function cutSpan(span, size, minBytes) {
    const left = Math.min(span.end, size) - span.pos;
    if (!(left >= 2 * minBytes))
        return undefined;
    const at = span.pos + Math.floor(left / 2);
    span.end = at;
    return at;
}

;// CONCATENATED MODULE: ./src/telemetry/sources/collect-worker.ts
/**
 * Worker thread entry: collects whole lines of one byte range of a file and posts the
 * SegmentResult. A range owns the lines that start inside it: it skips a line cut at its start
 * and finishes a line cut at its end. Until its first range comes, the thread warms up.
 */






/**
 * Collects the lines that start in [task.start, span.end): `span` is where the range is read, and
 * its end may move earlier while it is (a cut, between chunks). The first line is the first that
 * starts at or after task.start, and the last one is read to its end past span.end, so ranges
 * cut anywhere share no line and miss none.
 */
async function collectSegment(task, span = { pos: task.start, end: task.end }) {
    const c = new SegmentCollector({
        policy: { slis: task.slis, windowMs: task.windowMs, events: task.events },
        thresholds: task.thresholds,
        from: task.from,
        to: task.to,
        maxLineBytes: task.maxLineBytes,
    });
    c.beginSegment(task.file);
    const fh = await (0,promises_namespaceObject.open)(task.file, 'r');
    try {
        const buf = Buffer.allocUnsafe(task.chunkBytes);
        const peek = (at) => (0,external_node_fs_namespaceObject.readSync)(fh.fd, buf, 0, Math.min(buf.length, 1 << 16), at);
        if (span.pos > 0) {
            // the first line starting at or after `start`
            let at = span.pos - 1;
            for (;;) {
                const bytesRead = peek(at);
                if (bytesRead === 0)
                    return c.endSegment();
                const nl = buf.subarray(0, bytesRead).indexOf(0x0a);
                if (nl >= 0) {
                    at += nl + 1;
                    break;
                }
                at += bytesRead;
            }
            span.pos = at;
        }
        let last = 0x0a;
        for await (const chunk of readChunks(fh.fd, span, task.chunkBytes)) {
            c.push(chunk);
            last = chunk[chunk.length - 1];
        }
        if (span.pos < span.end && Number.isFinite(span.end))
            return c.endSegment(); // the file ended early
        // finish the line that runs past the end
        let pos = span.pos;
        while (last !== 0x0a) {
            const bytesRead = peek(pos);
            if (bytesRead === 0)
                break;
            const nl = buf.subarray(0, bytesRead).indexOf(0x0a);
            const take = nl >= 0 ? nl + 1 : bytesRead;
            c.push(buf.subarray(0, take));
            pos += take;
            if (nl >= 0)
                last = 0x0a;
        }
        return c.endSegment();
    }
    finally {
        await fh.close();
    }
}
/**
 * A thread started ahead (collect-threads.ts) boots while the main thread still loads the policy,
 * and idles until its first range. It warms the parse path meanwhile (collect-warmup.ts): a range
 * parsed cold took ~190 ms against ~115 ms warm (28 MB of the 7-day trace). At most this many
 * rounds, ~80 ms: V8 has optimized the parse path by then (--trace-opt). On two cores the warm-up
 * shares the CPU with the main thread's start, which ends ~35 ms later, but the parse ends ~70 ms
 * sooner (7-day trace, medians of 14 interleaved runs each).
 */
const WARM_ROUNDS = 24;
/** A range came: the warm-up stops for good (it is not resumed between ranges). */
let taken = false;
/** A round at a time, yielding between rounds so the first range is taken as soon as it comes. */
function warmWhileIdle(round) {
    if (taken || round >= WARM_ROUNDS || !tryWarmCollectRound())
        return;
    setImmediate(warmWhileIdle, round + 1);
}
if (external_node_worker_threads_namespaceObject.parentPort)
    setImmediate(warmWhileIdle, 0);
/** The task this thread reads now, and where: a cut request moves its end. */
let reading;
external_node_worker_threads_namespaceObject.parentPort?.on('message', (m) => {
    if ('cut' in m) {
        const r = reading?.task.id === m.cut ? reading : undefined;
        const at = r && cutSpan(r.span, r.task.size, r.task.minCutBytes);
        external_node_worker_threads_namespaceObject.parentPort.postMessage({ cut: m.cut, at: at ?? null });
        return;
    }
    const task = m;
    taken = true;
    const span = { pos: task.start, end: task.end };
    reading = { task, span };
    collectSegment(task, span).then((result) => {
        reading = undefined;
        external_node_worker_threads_namespaceObject.parentPort.postMessage({ id: task.id, ok: true, result });
    }, (e) => {
        reading = undefined;
        external_node_worker_threads_namespaceObject.parentPort.postMessage({
            id: task.id,
            ok: false,
            error: e.message,
            code: e.code,
        });
    });
});

var __webpack_exports__collectSegment = __webpack_exports__.a;
export { __webpack_exports__collectSegment as collectSegment };
