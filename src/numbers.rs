//! Number forms: Arabic (with thousands separators and decimals) and Chinese
//! numerals (`一亿`, `两万`, `三千`, `十二`).
