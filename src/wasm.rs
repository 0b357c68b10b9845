//! The WebAssembly boundary, compiled only for `wasm32`.
//!
//! A thin wasm-bindgen layer over [`crate::parse_with`]: the [`crate::Report`]
//! crosses as a plain JavaScript object built by serde-wasm-bindgen (maps as
//! objects, `None` as `null`), so it equals the CLI's JSON. A failure crosses
//! as a plain `{ code, message }` object that the JavaScript wrapper
//! (`js/shared.js`) turns into a `GovReportError`. Nothing here panics.

use serde::Serialize;
use serde_wasm_bindgen::Serializer;
use wasm_bindgen::prelude::*;

/// The heap of the module: talc in place of the standard dlmalloc (smaller,
/// and as fast on the corpus), growing linear memory as it needs.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Objects, not `Map`s; `null`, not `undefined`: the same shape as `serde_json`.
const SERIALIZER: Serializer = Serializer::new()
    .serialize_maps_as_objects(true)
    .serialize_missing_as_null(true);

/// What crosses to JavaScript when a call fails.
#[derive(Serialize)]
struct Failure<'a> {
    /// The stable error code, e.g. `empty-input`.
    code: &'a str,
    /// The human-readable explanation.
    message: String,
}

/// Converts a failure into the `{ code, message }` object the wrapper expects.
fn failure(code: &str, message: String) -> JsValue {
    Failure { code, message }
        .serialize(&SERIALIZER)
        .unwrap_or_else(|_| JsValue::from_str(code))
}

/// Reads a report (UTF-16 string from JavaScript, re-encoded as UTF-8 by the
/// glue). `max_input_bytes`, when given, overrides
/// [`crate::Options::max_input_bytes`]; the wrapper has validated it.
#[wasm_bindgen]
pub fn parse(input: &str, max_input_bytes: Option<f64>) -> Result<JsValue, JsValue> {
    let mut options = crate::Options::default();
    if let Some(limit) = max_input_bytes {
        if limit >= 0.0 {
            // `as` saturates: +Infinity becomes usize::MAX.
            options.max_input_bytes = limit as usize;
        }
    }
    match crate::parse_with(input, &options) {
        Ok(report) => report
            .serialize(&SERIALIZER)
            .map_err(|e| failure("internal-error", e.to_string())),
        Err(e) => Err(failure(e.code(), e.to_string())),
    }
}

/// The panel of reports, from the flat form `js/shared.js` packs the
/// `{ report, file }` entries into (see [`crate::panel::decode`]). An entry
/// that was not a report is skipped with an `invalid-report` warning.
/// `options` is `[preferGiven, nearPoints, nearRelative]`: `preferGiven` 1
/// makes given regions and years win over the text's; the tolerance is
/// `NaN` for the default (see [`crate::panel::NearTolerance`]).
#[wasm_bindgen]
pub fn panel(nums: &[f64], strs: Vec<String>, options: &[f64]) -> Result<JsValue, JsValue> {
    let default = crate::panel::NearTolerance::DEFAULT;
    let pick = |i: usize, d: f64| options.get(i).copied().filter(|v| !v.is_nan()).unwrap_or(d);
    let opts = crate::panel::PanelOptions {
        prefer_given: options.first().is_some_and(|v| *v == 1.0),
        near_tolerance: crate::panel::NearTolerance {
            points: pick(1, default.points),
            relative: pick(2, default.relative),
        },
    };
    crate::panel::build_lenient_with(&crate::panel::decode(nums, &strs), &opts)
        .serialize(&SERIALIZER)
        .map_err(|e| failure("internal-error", e.to_string()))
}

/// The crate's version, e.g. `0.1.0`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The model's [`crate::SCHEMA_VERSION`].
#[wasm_bindgen(js_name = schemaVersion)]
pub fn schema_version() -> u32 {
    crate::SCHEMA_VERSION
}

/// The module's linear memory, for the JavaScript tests' leak check (not API).
#[wasm_bindgen(js_name = __memory)]
pub fn memory() -> JsValue {
    wasm_bindgen::memory()
}
