//! The 34 provincial-level divisions: full name and the short forms reports
//! and headlines use (`宁夏` for `宁夏回族自治区`). A report's region is
//! matched against this table before any other rule, so that the same
//! province written two ways is one region of the panel.

/// A provincial-level division: its full name and its short names.
pub struct Province {
    /// The full official name, e.g. `广西壮族自治区`.
    pub full: &'static str,
    /// Short forms, e.g. `广西`, `广西自治区`.
    pub short: &'static [&'static str],
}

/// Every provincial-level division (23 provinces, 5 autonomous regions,
/// 4 municipalities, 2 special administrative regions).
pub const PROVINCES: &[Province] = &[
    p("北京市", &["北京"]),
    p("天津市", &["天津"]),
    p("上海市", &["上海"]),
    p("重庆市", &["重庆"]),
    p("河北省", &["河北"]),
    p("山西省", &["山西"]),
    p("辽宁省", &["辽宁"]),
    p("吉林省", &["吉林"]),
    p("黑龙江省", &["黑龙江"]),
    p("江苏省", &["江苏"]),
    p("浙江省", &["浙江"]),
    p("安徽省", &["安徽"]),
    p("福建省", &["福建"]),
    p("江西省", &["江西"]),
    p("山东省", &["山东"]),
    p("河南省", &["河南"]),
    p("湖北省", &["湖北"]),
    p("湖南省", &["湖南"]),
    p("广东省", &["广东"]),
    p("海南省", &["海南"]),
    p("四川省", &["四川"]),
    p("贵州省", &["贵州"]),
    p("云南省", &["云南"]),
    p("陕西省", &["陕西"]),
    p("甘肃省", &["甘肃"]),
    p("青海省", &["青海"]),
    p("台湾省", &["台湾"]),
    p("内蒙古自治区", &["内蒙古"]),
    p("广西壮族自治区", &["广西", "广西自治区"]),
    p("西藏自治区", &["西藏"]),
    p("宁夏回族自治区", &["宁夏", "宁夏自治区"]),
    p("新疆维吾尔自治区", &["新疆", "新疆自治区"]),
    p("香港特别行政区", &["香港"]),
    p("澳门特别行政区", &["澳门"]),
];

const fn p(full: &'static str, short: &'static [&'static str]) -> Province {
    Province { full, short }
}

/// The index in [`PROVINCES`] of the province a name denotes: its full name
/// or a short form, or a short form followed by `省`/`市` (`北京` = `北京市`).
pub fn find(name: &str) -> Option<usize> {
    let bare = name
        .strip_suffix('省')
        .or_else(|| name.strip_suffix('市'))
        .unwrap_or(name);
    PROVINCES
        .iter()
        .position(|p| p.full == name || p.short.iter().any(|s| *s == name || *s == bare))
}

/// The name without a leading province's full name (`湖北省武汉市` → `武汉市`).
pub fn strip_leading(name: &str) -> &str {
    PROVINCES
        .iter()
        .find_map(|p| name.strip_prefix(p.full).filter(|rest| !rest.is_empty()))
        .unwrap_or(name)
}
