//! Decoding files: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.
