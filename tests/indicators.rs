//! Table tests for stage 4: metric attribution, kind, status and year, on
//! small reports written for the purpose (review part, then plan part).

use govreport::{Kind, Qual, Status};

/// A two-part report around the given review and plan paragraphs.
fn report(review: &str, plan: &str) -> govreport::Report {
    let text = format!(
        "政府工作报告\n各位代表：\n一、2024年工作回顾\n{review}\n二、2025年工作安排\n{plan}\n"
    );
    govreport::parse(&text).expect("parses")
}

type Row<'a> = (
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    Kind,
    Status,
    Option<i32>,
);

fn check(report: &govreport::Report, want: &[Row]) {
    for (text, metric, id, kind, status, year) in want {
        let q = report
            .quantities
            .iter()
            .find(|q| q.text == *text)
            .unwrap_or_else(|| panic!("no quantity {text}: {:#?}", report.quantities));
        let got = (
            q.metric.as_deref(),
            q.metric_id.as_deref(),
            q.kind,
            q.status,
            q.year,
        );
        assert_eq!(
            got,
            (*metric, *id, Some(*kind), Some(*status), *year),
            "{text} in {}",
            q.sentence
        );
    }
}

#[test]
fn subject_before_verb_carries_to_the_next_clause() {
    let r = report(
        "社会消费品零售总额预计实现567亿元，增长5.5%。",
        "地区生产总值增长5%以上。",
    );
    check(
        &r,
        &[
            (
                "567亿元",
                Some("社会消费品零售总额"),
                Some("retail_sales"),
                Kind::Amount,
                Status::Estimate,
                Some(2024),
            ),
            (
                "5.5%",
                Some("社会消费品零售总额"),
                Some("retail_sales"),
                Kind::Growth,
                Status::Estimate,
                Some(2024),
            ),
            (
                "5%",
                Some("地区生产总值"),
                Some("gdp"),
                Kind::Growth,
                Status::Target,
                Some(2025),
            ),
        ],
    );
}

#[test]
fn a_new_subject_does_not_inherit_the_estimate() {
    let r = report(
        "全年固定资产投资预计完成745亿元，出让工业用地744亩。",
        "新增城镇就业2万人。",
    );
    check(
        &r,
        &[
            (
                "745亿元",
                Some("固定资产投资"),
                Some("fixed_asset_investment"),
                Kind::Amount,
                Status::Estimate,
                Some(2024),
            ),
            (
                "744亩",
                Some("出让工业用地"),
                None,
                Kind::Amount,
                Status::Actual,
                Some(2024),
            ),
        ],
    );
}

#[test]
fn object_after_the_number_names_the_count() {
    let r = report(
        "建成5G基站108个，新增10个“三品一标”农产品，成立7支母子基金。",
        "打造3个省级优质农产品生产基地。",
    );
    check(
        &r,
        &[
            (
                "108个",
                Some("建成5G基站"),
                None,
                Kind::Amount,
                Status::Actual,
                Some(2024),
            ),
            (
                "10个",
                Some("“三品一标”农产品"),
                None,
                Kind::Amount,
                Status::Actual,
                Some(2024),
            ),
            (
                "7支",
                Some("母子基金"),
                None,
                Kind::Amount,
                Status::Actual,
                Some(2024),
            ),
            (
                "3个",
                Some("省级优质农产品生产基地"),
                None,
                Kind::Amount,
                Status::Target,
                Some(2025),
            ),
        ],
    );
}

#[test]
fn lists_pair_respectively() {
    let r = report(
        "全区接待游客人次和旅游综合收入增长16.2%、17.6%。",
        "粮食、蔬菜、水产品产量分别超过2.6万吨、54万吨、6.7万吨。城乡居民人均可支配收入分别增长7%左右和8%左右。",
    );
    check(
        &r,
        &[
            (
                "16.2%",
                Some("接待游客人次"),
                Some("tourist_visits"),
                Kind::Growth,
                Status::Actual,
                Some(2024),
            ),
            (
                "17.6%",
                Some("旅游综合收入"),
                Some("tourism_revenue"),
                Kind::Growth,
                Status::Actual,
                Some(2024),
            ),
            (
                "2.6万吨",
                Some("粮食产量"),
                Some("grain_output"),
                Kind::Amount,
                Status::Target,
                Some(2025),
            ),
            (
                "54万吨",
                Some("蔬菜产量"),
                None,
                Kind::Amount,
                Status::Target,
                Some(2025),
            ),
            (
                "7%",
                Some("城镇居民人均可支配收入"),
                Some("urban_disposable_income"),
                Kind::Growth,
                Status::Target,
                Some(2025),
            ),
            (
                "8%",
                Some("农村居民人均可支配收入"),
                Some("rural_disposable_income"),
                Kind::Growth,
                Status::Target,
                Some(2025),
            ),
        ],
    );
    let q = r.quantities.iter().find(|q| q.text == "6.7万吨").unwrap();
    assert_eq!(q.qual, Qual::Over);
}

#[test]
fn sub_aggregates_are_not_the_aggregate() {
    let r = report(
        "高技术制造业增加值增长12%，区域汽车出口增长20%，研发经费增长9%。",
        "规模以上工业增加值增长6%左右。",
    );
    for text in ["12%", "20%", "9%"] {
        let q = r.quantities.iter().find(|q| q.text == text).unwrap();
        assert_eq!(q.metric_id, None, "{text}: {:?}", q.metric);
    }
    let q = r.quantities.iter().find(|q| q.text == "6%").unwrap();
    assert_eq!(q.metric_id.as_deref(), Some("industrial_value_added"));
}

#[test]
fn trying_in_the_review_part_reports_results() {
    let r = report(
        "力争项目实现“百日开工”，82个新招引亿元以上项目实现当年开工，总投资近290亿元。",
        "力争外贸主体突破350家。",
    );
    check(
        &r,
        &[
            (
                "82个",
                Some("新招引亿元以上项目"),
                None,
                Kind::Amount,
                Status::Actual,
                Some(2024),
            ),
            (
                "290亿元",
                Some("总投资"),
                None,
                Kind::Amount,
                Status::Actual,
                Some(2024),
            ),
            (
                "350家",
                Some("外贸主体"),
                None,
                Kind::Amount,
                Status::Target,
                Some(2025),
            ),
        ],
    );
}

#[test]
fn other_periods_are_context_and_future_goals_targets() {
    let r = report(
        "过去五年，地区生产总值年均增长6.5%。连续12年保持全省第一。",
        "到2035年，人均地区生产总值达到10万元。",
    );
    for (text, status, year) in [
        ("6.5%", Status::Context, None),
        ("12年", Status::Context, None),
        // A goal of a plan period is a target of the year it names (SCHEMA.md).
        ("10万元", Status::Target, Some(2035)),
    ] {
        let q = r.quantities.iter().find(|q| q.text == text).unwrap();
        assert_eq!((q.status, q.year), (Some(status), year), "{text}");
    }
}

#[test]
fn kinds_and_directions() {
    let r = report(
        "单位地区生产总值能耗下降3.5%，城镇调查失业率5.2%，进出口增长1.5倍，比上年增加1637亿元，占比提高到36%。",
        "居民消费价格涨幅2%左右。",
    );
    let kind = |t: &str| {
        let q = r.quantities.iter().find(|q| q.text == t).unwrap();
        (q.kind, q.direction)
    };
    use govreport::Direction::*;
    assert_eq!(kind("3.5%"), (Some(Kind::Growth), Some(Down)));
    assert_eq!(kind("5.2%"), (Some(Kind::Rate), None));
    assert_eq!(kind("1.5倍"), (Some(Kind::Multiple), Some(Up)));
    assert_eq!(kind("1637亿元"), (Some(Kind::Growth), Some(Up)));
    assert_eq!(kind("36%"), (Some(Kind::Rate), None));
    assert_eq!(kind("2%"), (Some(Kind::Growth), Some(Up)));
}

#[test]
fn targets_come_from_the_main_targets_passage() {
    let r = report(
        "地区生产总值增长5.2%。",
        "今年经济社会发展主要目标是：地区生产总值增长4.5%—5%，固定资产投资增长5%，进出口总额争取实现正增长。这里要说明，提出4.5%—5%主要考虑稳就业。",
    );
    let got: Vec<_> = r
        .targets
        .iter()
        .map(|t| (t.metric_id.as_deref(), t.value, t.hi, t.qual))
        .collect();
    assert_eq!(
        got,
        vec![
            (Some("gdp"), 4.5, Some(5.0), Qual::Range),
            (Some("fixed_asset_investment"), 5.0, None, Qual::Exact)
        ]
    );
    let gdp = r.headline.iter().find(|h| h.metric_id == "gdp").unwrap();
    assert!(gdp.growth.is_some() && gdp.target.is_some());
}

#[test]
fn no_targets_no_invented_figures() {
    let r = report("地区生产总值增长5.2%。", "进出口总额争取实现正增长。");
    assert!(r.targets.is_empty());
    assert!(r.warnings.iter().any(|w| w.code == "no-targets"));
}

#[test]
fn last_years_figure_in_the_plan_part_is_a_result() {
    let r = report(
        "地区生产总值增长5.2%。",
        "今年拟安排财政赤字1.62万亿元，比去年增加2700亿元，赤字率从去年的2.1%提高到2.3%。经济增长预期7%左右，能耗强度下降3.1%以上。",
    );
    check(
        &r,
        &[
            (
                "2700亿元",
                Some("财政赤字"),
                None,
                Kind::Growth,
                Status::Target,
                Some(2025),
            ),
            (
                "2.1%",
                Some("赤字率"),
                Some("deficit_ratio"),
                Kind::Rate,
                Status::Actual,
                Some(2024),
            ),
            (
                "2.3%",
                Some("赤字率"),
                Some("deficit_ratio"),
                Kind::Rate,
                Status::Target,
                Some(2025),
            ),
            (
                "7%",
                Some("经济增长预期"),
                Some("gdp"),
                Kind::Growth,
                Status::Target,
                Some(2025),
            ),
            (
                "3.1%",
                Some("能耗强度"),
                Some("energy_intensity"),
                Kind::Growth,
                Status::Target,
                Some(2025),
            ),
        ],
    );
}

#[test]
fn urban_and_rural_pairs_and_shared_objects() {
    let r = report(
        "城镇和农村居民人均可支配收入分别达35512元、25689元。全年投资90.07亿元，完成1.8万户、189万平方米棚改任务。",
        "地区生产总值增长6%左右。",
    );
    check(
        &r,
        &[
            (
                "35512元",
                Some("城镇居民人均可支配收入"),
                Some("urban_disposable_income"),
                Kind::Amount,
                Status::Actual,
                Some(2024),
            ),
            (
                "25689元",
                Some("农村居民人均可支配收入"),
                Some("rural_disposable_income"),
                Kind::Amount,
                Status::Actual,
                Some(2024),
            ),
            (
                "1.8万户",
                Some("棚改任务"),
                None,
                Kind::Amount,
                Status::Actual,
                Some(2024),
            ),
            (
                "189万平方米",
                Some("棚改任务"),
                None,
                Kind::Amount,
                Status::Actual,
                Some(2024),
            ),
        ],
    );
}

#[test]
fn a_paragraph_opening_on_five_years_speaks_of_the_period() {
    // The start of `从A增加到B` is the level before the period (context, its
    // year); B is the level reached in the reviewed year (SCHEMA.md).
    let r = report(
        "五年来，经济实力跃上新台阶。财政收入从11.7万亿元增加到17.3万亿元。\n刚刚过去的一年，国内生产总值增长6.9%。",
        "国内生产总值增长6.5%左右。",
    );
    check(
        &r,
        &[
            (
                "11.7万亿元",
                Some("财政收入"),
                Some("general_budget_revenue"),
                Kind::Amount,
                Status::Context,
                Some(2019),
            ),
            (
                "17.3万亿元",
                Some("财政收入"),
                Some("general_budget_revenue"),
                Kind::Amount,
                Status::Actual,
                Some(2024),
            ),
            (
                "6.9%",
                Some("国内生产总值"),
                Some("gdp"),
                Kind::Growth,
                Status::Actual,
                Some(2024),
            ),
        ],
    );
}

#[test]
fn second_list_follows_the_first_and_clause_subjects_survive_earlier_figures() {
    let r = report(
        "城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。地区生产总值连续迈上4个万亿元台阶、达14.2万亿元。",
        "交通、水利、能源领域投资额分别达2400亿元、450亿元、1700亿元。",
    );
    check(
        &r,
        &[
            (
                "4.2%",
                Some("城镇居民人均可支配收入"),
                Some("urban_disposable_income"),
                Kind::Growth,
                Status::Actual,
                Some(2024),
            ),
            (
                "5.3%",
                Some("农村居民人均可支配收入"),
                Some("rural_disposable_income"),
                Kind::Growth,
                Status::Actual,
                Some(2024),
            ),
            (
                "14.2万亿元",
                Some("地区生产总值"),
                Some("gdp"),
                Kind::Amount,
                Status::Actual,
                Some(2024),
            ),
            (
                "450亿元",
                Some("水利投资额"),
                None,
                Kind::Amount,
                Status::Target,
                Some(2025),
            ),
        ],
    );
}

#[test]
fn yearly_averages_of_levels_and_starting_years() {
    let r = report(
        "人均预期寿命从2020年的82.4岁提升至83.9岁。",
        "主要预期目标是：地区生产总值增长5%左右，细颗粒物年均浓度控制在29微克/立方米左右。",
    );
    let q = |t: &str| r.quantities.iter().find(|q| q.text == t).unwrap().clone();
    assert_eq!(
        (q("82.4岁").status, q("82.4岁").year),
        (Some(Status::Context), Some(2020))
    );
    assert_eq!(
        (q("83.9岁").status, q("83.9岁").year),
        (Some(Status::Actual), Some(2024))
    );
    assert_eq!(
        (q("29微克/立方米").status, q("29微克/立方米").year),
        (Some(Status::Target), Some(2025))
    );
    assert!(r.targets.iter().any(|t| t.unit == "微克/立方米"));
}
