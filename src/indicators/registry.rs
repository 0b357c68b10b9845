//! The registry of canonical indicators: ids, Chinese labels and the names
//! reports use for them across levels and years.
//!
//! A metric phrase maps to an id only when, once neutral words are stripped
//! (region and time words, `新增`, `总量` …), it *is* one of the names: a
//! sub-aggregate (`高技术制造业增加值`, `汽车出口`, `研发经费`) never matches
//! the aggregate.

use crate::model::Kind;
use crate::words::{ends, has, strip_end, Table};

/// A canonical indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Indicator {
    /// The stable id, e.g. `gdp`.
    pub id: &'static str,
    /// The Chinese label.
    pub label: &'static str,
    /// The names reports use for it.
    pub names: &'static [&'static str],
    /// Names that denote the indicator only as a change (`经济增长`).
    pub growth_names: &'static [&'static str],
}

/// Every canonical indicator, in headline order.
pub const INDICATORS: &[Indicator] = &[
    Indicator {
        id: "gdp",
        label: "地区生产总值",
        names: &[
            "国民生产总值",
            "地区生产总值",
            "国内生产总值",
            "生产总值",
            "GDP",
            "地区生产总值（GDP）",
            "经济总量",
            "市内生产总值",
        ],
        growth_names: &["增长目标", "经济"],
    },
    Indicator {
        id: "gdp_per_capita",
        label: "人均地区生产总值",
        names: &[
            "人均地区生产总值",
            "人均生产总值",
            "人均GDP",
            "人均国内生产总值",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "industrial_value_added",
        label: "规模以上工业增加值",
        names: &[
            "规模工业增加值",
            "规上工业企业增加值",
            "规模以上工业增加值",
            "规上工业增加值",
            "工业增加值",
            "全部工业增加值",
            "规模以上工业企业增加值",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "services_value_added",
        label: "服务业增加值",
        names: &["服务业增加值", "第三产业增加值"],
        growth_names: &[],
    },
    Indicator {
        id: "fixed_asset_investment",
        label: "固定资产投资",
        names: &[
            "固定资产投资",
            "固定资产投资额",
            "固投",
            "固定资产投资总额",
            "500万元以上固定资产投资",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "retail_sales",
        label: "社会消费品零售总额",
        names: &[
            "消费品零售总额",
            "社会消费品零售总额",
            "社会消费品零售额",
            "社零总额",
            "社零额",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "general_budget_revenue",
        label: "一般公共预算收入",
        names: &[
            "公共预算收入",
            "财政一般预算收入",
            "一般公共预算收入",
            "财政收入",
            "地方级一般公共预算收入",
            "一般预算收入",
            "区级一般公共预算收入",
            "公共财政预算收入",
            "公共财政收入",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "general_budget_expenditure",
        label: "一般公共预算支出",
        names: &[
            "地方财政一般预算支出",
            "公共财政预算支出",
            "一般公共预算支出",
            "财政支出",
            "一般预算支出",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "foreign_trade",
        label: "进出口总额",
        names: &[
            "进出口额",
            "货物贸易进出口额",
            "对外贸易进出口总额",
            "进出口总值",
            "外贸进出口总值",
            "货物和服务进出口",
            "货物贸易进出口总额",
            "外贸进出口总额",
            "进出口总额",
            "外贸进出口",
            "外贸进出口额",
            "进出口",
            "进出口贸易总额",
            "货物进出口",
            "货物进出口总额",
            "货物贸易进出口",
            "对外贸易进出口",
            "外贸",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "exports",
        label: "出口",
        names: &[
            "外贸出口总值",
            "外贸出口额",
            "外贸出口总额",
            "出口总值",
            "出口",
            "出口总额",
            "外贸出口",
            "货物出口",
            "出口额",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "imports",
        label: "进口",
        names: &["进口", "进口总额", "货物进口", "进口额"],
        growth_names: &[],
    },
    Indicator {
        id: "foreign_investment",
        label: "实际使用外资",
        names: &[
            "实际直接利用外资",
            "实到外资",
            "直接利用外资",
            "实际外商直接投资",
            "实际使用外资",
            "实际利用外资",
            "实际使用外资金额",
            "实际利用外资金额",
            "实际利用外商直接投资",
            "实际使用外商直接投资",
            "利用外资",
            "外商直接投资",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "disposable_income",
        label: "居民人均可支配收入",
        names: &[
            "城乡常住居民人均可支配收入",
            "城乡居民人均可支配收入",
            "居民人均可支配收入",
            "全体居民人均可支配收入",
            "人均可支配收入",
            "城乡居民收入",
            "居民收入",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "urban_disposable_income",
        label: "城镇居民人均可支配收入",
        names: &[
            "城镇居民年人均可支配收入",
            "城市居民人均可支配收入",
            "城镇居民人均可支配收入",
            "城镇居民人均收入",
            "城镇常住居民人均可支配收入",
            "城镇居民收入",
            "城镇人均可支配收入",
            "城镇居民可支配收入",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "rural_disposable_income",
        label: "农村居民人均可支配收入",
        names: &[
            "农村常住居民人均纯收入",
            "农民年人均纯收入",
            "农民人平纯收入",
            "渔农村居民人均纯收入",
            "农村居民人均可支配收入",
            "农村居民人均收入",
            "农村常住居民人均可支配收入",
            "农村居民人均纯收入",
            "农民人均纯收入",
            "农牧民人均纯收入",
            "农牧民人均可支配收入",
            "农村牧区常住居民人均可支配收入",
            "农村居民收入",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "urban_new_jobs",
        label: "城镇新增就业",
        names: &[
            "城镇新增就业人数",
            "新增城镇就业人数",
            "新增就业人数",
            "新增就业人员",
            "净增城镇就业岗位",
            "净增就业岗位",
            "增加就业岗位",
            "新增就业",
            "新增就业岗位",
            "城镇新增就业人员",
            "新增城镇就业人员",
            "新增城镇就业岗位",
            "新增城镇就业",
            "城镇新增就业",
            "城镇新增就业岗位",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "unemployment_rate",
        label: "城镇调查失业率",
        names: &[
            "登记失业率",
            "城镇调查失业率",
            "城镇登记失业率",
            "失业率",
            "城镇登记失业率和调查失业率",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "cpi",
        label: "居民消费价格涨幅",
        names: &[
            "居民消费价格总指数",
            "居民消费价格涨幅",
            "居民消费价格",
            "居民消费价格总水平涨幅",
            "居民消费价格指数",
            "CPI",
            "物价涨幅",
            "居民消费价格总水平",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "grain_output",
        label: "粮食产量",
        names: &["粮食产量", "粮食总产量", "粮食总产", "粮食"],
        growth_names: &[],
    },
    Indicator {
        id: "energy_intensity",
        label: "单位地区生产总值能耗",
        names: &[
            "万元生产总值能耗",
            "万元生产总值综合能耗",
            "单位生产总值综合能耗",
            "单位地区生产总值能耗",
            "单位国内生产总值能耗",
            "单位GDP能耗",
            "单位生产总值能耗",
            "万元GDP能耗",
            "万元地区生产总值能耗",
            "单位地区生产总值能源消耗",
            "能耗强度",
            "能源消耗强度",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "rd_intensity",
        label: "研发经费投入强度",
        names: &["研发经费投入强度", "研发投入强度"],
        growth_names: &[],
    },
    Indicator {
        id: "high_tech_enterprises",
        label: "高新技术企业",
        names: &[
            "高企",
            "省级以上高新技术企业",
            "国家重点扶持高新技术企业",
            "国家高新技术企业",
            "国家级高新技术企业",
            "高新技术企业数",
            "高新技术企业",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "market_entities",
        label: "市场主体",
        names: &[
            "市场主体",
            "经营主体",
            "各类市场主体",
            "各类经营主体",
            "实有市场主体",
            "实有经营主体",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "tax_fee_cuts",
        label: "减税降费",
        names: &[
            "为经营主体减负",
            "为企业减负",
            "为市场主体减负",
            "减轻企业负担",
            "减退降税费",
            "减税降费退税缓费",
            "减税费",
            "减税降费",
            "减税降费及退税",
            "减税降费退税缓税缓费",
            "减税退税降费",
            "减税降费退税",
            "减税降费和退税缓税缓费",
            "减税降费及退税缓税缓费",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "deficit_ratio",
        label: "赤字率",
        names: &["赤字率", "财政赤字率"],
        growth_names: &[],
    },
    Indicator {
        id: "special_bonds",
        label: "专项债券",
        names: &["政府专项债券", "专项债资金", "专项债券", "专项债"],
        growth_names: &[],
    },
    Indicator {
        id: "tourism_revenue",
        label: "旅游综合收入",
        names: &[
            "旅游业综合收入",
            "旅游总花费",
            "游客旅游总花费",
            "游客总花费",
            "总花费",
            "旅游业收入",
            "国内旅游收入",
            "旅游综合收入",
            "旅游收入",
            "旅游总收入",
            "旅游业总收入",
        ],
        growth_names: &[],
    },
    Indicator {
        id: "tourist_visits",
        label: "接待游客人次",
        names: &[
            "接待游客人数",
            "接待旅游者",
            "接待境内外游客",
            "旅游人数",
            "接待海内外游客",
            "接待海内外旅游者",
            "接待国内外旅游者",
            "旅游接待人数",
            "旅游接待总人数",
            "游客人数",
            "接待旅游总人数",
            "旅游总人数",
            "国内游客人次",
            "游客量",
            "接待国内游客",
            "游客接待量",
            "接待游客",
            "游客人次",
            "接待国内外游客",
            "接待游客量",
            "游客接待人次",
        ],
        growth_names: &[],
    },
];

/// Words that say nothing about which indicator a phrase names.
/// Words naming the report's own area, which say nothing about the indicator
/// (`全省地区生产总值`); shared with the subject reader.
pub(crate) const REGION_PREFIXES: &[&str] = &[
    "全区", "全市", "全省", "全县", "全旗", "全州", "全盟", "全国", "我区", "我市", "我省", "我县",
    "本市", "本区",
];

/// Words before a name that keep its id: time, counting and verbs of
/// completion (`全年`, `新增`, `实现`, `年末`, `五年`), reviewed in
/// `tests/expected/phrases.tsv`.
const NEUTRAL_PREFIXES: &[&str] = &[
    "全年",
    "今年",
    "明年",
    "当年",
    "年末",
    "五年",
    "其中",
    "预计",
    "新增",
    "净增",
    "累计",
    "实现",
    "完成",
    "办理",
    "全面",
    "共",
    "新登记",
    "新设立",
    "新认定",
    "新培育",
    "新引进",
    "新设",
    "申报",
    "地方",
    "地区",
    "年内",
    "全社会",
    "认定",
    "培育",
];

/// Words after a name that still denote the same indicator: totals, rates of
/// change, targets, and the measure words a subject may keep before its verb
/// (`城镇居民人均可支配收入实际增长` → `…实际`, `…可比增长`, `…分别名义增长`).
const NEUTRAL_SUFFIXES: &[&str] = &[
    "平均值",
    "平均",
    "总量",
    "总数",
    "数量",
    "规模",
    "增速",
    "增幅",
    "涨幅",
    "上涨幅度",
    "增长幅度",
    "水平",
    "增长",
    "增长目标",
    "目标",
    "预期目标",
    "预期",
    "实际",
    "名义",
    "可比",
    "同口径",
    "分别",
    "在册",
    "个数",
    "五年",
    "人次",
];

/// Words inside a phrase, between an owner and its head, that keep the id
/// (`规模以上工业实现增加值`, `外贸自营进出口总额`).
const NEUTRAL_INSIDE: &[&str] = &["实现", "完成", "自营", "家庭"];

/// [`NEUTRAL_PREFIXES`] and [`REGION_PREFIXES`], indexed.
static PREFIXES: Table = Table::prefixes(&[NEUTRAL_PREFIXES, REGION_PREFIXES]);

/// The canonical indicator a metric phrase names, if any: the phrase is one
/// of the names once neutral words before (`全年`, `新增`, `地方`, region
/// words), after (`总量`, `增速`, `实际`) or inside it (`实现`, `自营`) are
/// set aside: the tables `NEUTRAL_PREFIXES`, `NEUTRAL_SUFFIXES` and
/// `NEUTRAL_INSIDE` beside it.
pub fn lookup(metric: &str, kind: Option<Kind>) -> Option<&'static str> {
    let metric = metric.trim();
    lookup_stripped(metric, kind).or_else(|| {
        let inside = NEUTRAL_INSIDE.iter().find(|w| {
            crate::words::find(metric, w).is_some_and(|at| at + w.len() < metric.len())
        })?;
        let at = crate::words::find(metric, inside)?;
        let without = format!("{}{}", metric.get(..at)?, metric.get(at + inside.len()..)?);
        lookup_stripped(&without, kind)
    })
}

/// [`lookup`] without the words inside: each prefix in turn is stripped and
/// what is left tried, with and without neutral words at its end.
fn lookup_stripped(metric: &str, kind: Option<Kind>) -> Option<&'static str> {
    let mut s = metric;
    loop {
        if let Some(id) = with_suffixes(s, kind, 2) {
            return Some(id);
        }
        match PREFIXES.next(s, 0) {
            Some((_, p)) if p.len() < s.len() => s = s.get(p.len()..).unwrap_or_default(),
            _ => break,
        }
    }
    rd_intensity_pattern(s)
}

/// The id `s` names as it is or with up to `depth` neutral words stripped
/// from its end.
fn with_suffixes(s: &str, kind: Option<Kind>, depth: u8) -> Option<&'static str> {
    if let Some(id) = by_name(s, kind) {
        return Some(id);
    }
    if depth > 0 {
        for x in NEUTRAL_SUFFIXES {
            match strip_end(s, x) {
                Some(rest) if !rest.is_empty() => {
                    if let Some(id) = with_suffixes(rest, kind, depth - 1) {
                        return Some(id);
                    }
                }
                _ => {}
            }
        }
    }
    None
}

/// The id of a name of the registry, exactly.
fn by_name(c: &str, kind: Option<Kind>) -> Option<&'static str> {
    let index = name_index();
    let key = (c.len(), c);
    let at = index
        .binary_search_by(|e| (e.0.len(), e.0).cmp(&key))
        .ok()?;
    let (_, id, growth_only) = *index.get(at)?;
    (!growth_only || kind == Some(Kind::Growth)).then_some(id)
}

/// Every name of the registry with its id and whether it names the indicator
/// only as a change, sorted by length then bytes (most comparisons of a
/// look-up stop at the length), built once. The first indicator listing a
/// name wins.
fn name_index() -> &'static [(&'static str, &'static str, bool)] {
    static INDEX: std::sync::OnceLock<Vec<(&'static str, &'static str, bool)>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let names = INDICATORS
            .iter()
            .flat_map(|ind| ind.names.iter().map(|n| (*n, ind.id, false)));
        let growth_names = INDICATORS
            .iter()
            .flat_map(|ind| ind.growth_names.iter().map(|n| (*n, ind.id, true)));
        let mut index: Vec<(&'static str, &'static str, bool)> = Vec::new();
        for entry in names.chain(growth_names) {
            let key = (entry.0.len(), entry.0);
            if let Err(at) = index.binary_search_by(|e| (e.0.len(), e.0).cmp(&key)) {
                index.insert(at, entry);
            }
        }
        index
    })
}

/// R&D intensity is written many ways: `研发投入强度`, `研发经费支出相当于全市生产总值的比例`.
fn rd_intensity_pattern(s: &str) -> Option<&'static str> {
    let rd = ["研发经费", "研究与试验发展经费", "R&D经费", "研发投入"]
        .iter()
        .any(|w| has(s, w));
    let of_gdp = has(s, "生产总值") || has(s, "GDP");
    let ratio = ends(s, "强度") || (of_gdp && (ends(s, "比例") || ends(s, "比重")));
    (rd && ratio).then_some("rd_intensity")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_map_to_ids() {
        let cases: &[(&str, Option<Kind>, Option<&str>)] = &[
            ("地区生产总值", None, Some("gdp")),
            ("全市生产总值", None, Some("gdp")),
            ("国内生产总值", None, Some("gdp")),
            ("经济增长", Some(Kind::Growth), Some("gdp")),
            ("经济增长", Some(Kind::Amount), None),
            ("规模以上工业增加值", None, Some("industrial_value_added")),
            ("高技术制造业增加值", None, None),
            ("区域汽车出口", None, None),
            ("出口", None, Some("exports")),
            ("研发经费", None, None),
            ("新增市场主体", None, Some("market_entities")),
            ("市场主体总量", None, Some("market_entities")),
            ("经营主体", None, Some("market_entities")),
            ("高新技术企业总数", None, Some("high_tech_enterprises")),
            ("减税降费及退税", None, Some("tax_fee_cuts")),
            ("城镇新增就业", None, Some("urban_new_jobs")),
            ("实际使用外资", None, Some("foreign_investment")),
            ("一般公共预算收入", None, Some("general_budget_revenue")),
            ("地方财政收入", None, Some("general_budget_revenue")),
            ("外贸进出口", None, Some("foreign_trade")),
            ("新招引亿元以上项目", None, None),
            (
                "研发经费支出相当于全市生产总值的比例",
                None,
                Some("rd_intensity"),
            ),
            ("研发经费", None, None),
            ("居民消费价格总水平上涨幅度", None, Some("cpi")),
            ("国内生产总值增长目标", Some(Kind::Growth), Some("gdp")),
        ];
        for (phrase, kind, want) in cases {
            assert_eq!(lookup(phrase, *kind), *want, "{phrase}");
        }
    }

    #[test]
    fn no_name_belongs_to_two_indicators() {
        let mut seen = std::collections::HashMap::new();
        for ind in INDICATORS {
            for name in ind.names.iter().chain(ind.growth_names) {
                if let Some(other) = seen.insert(*name, ind.id) {
                    assert_eq!(other, ind.id, "{name} names {other} and {}", ind.id);
                }
            }
        }
    }

    #[test]
    fn ids_are_unique() {
        for (i, a) in INDICATORS.iter().enumerate() {
            assert!(INDICATORS[i + 1..].iter().all(|b| b.id != a.id), "{}", a.id);
        }
    }
}
