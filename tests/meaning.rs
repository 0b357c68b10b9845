//! Table tests for the meaning layer on reports written for the purpose:
//! period scope (reviewed year, past and future plan periods, start and end
//! points, sub-periods), stock and flow, metric names as reports write them,
//! and cards that show only certain figures. Each case is a class of error
//! seen on real reports, stated with neutral wording.

use govreport::{Kind, Measure, Report, Status};

fn parse(text: &str) -> Report {
    govreport::parse(text).expect("parses")
}

/// A report delivered in 2026: the 2025 review with the five-year period, the
/// new plan period, and the 2026 targets.
fn five_year_report() -> Report {
    parse(
        "政府工作报告\n各位代表：\n一、2025年和“十四五”时期工作回顾\n\
         过去一年，地区生产总值增长5.4%，三季度增长4.6%。\n\
         “十四五”时期，地区生产总值从11.37万亿元提高到14.58万亿元，年均增长5.5%，经济总量连跨5万亿元、6万亿元两个台阶，城镇新增就业累计400万人。\n\
         这五年，粮食产量稳定在1100亿斤以上，居民人均可支配收入增长34.3%。\n\
         二、“十五五”时期目标任务\n\
         “十五五”时期，地区生产总值年均增长5%左右，到2030年研发投入强度达到3.2%左右，城镇调查失业率5.5%左右。\n\
         三、2026年工作安排\n\
         主要预期目标是：地区生产总值增长5%左右，城镇新增就业40万人以上。\n",
    )
}

/// Status and year of the first quantity with this text after `after` bytes of its sentence.
fn status(r: &Report, text: &str, nth: usize) -> (Option<Status>, Option<i32>) {
    let q = r
        .quantities
        .iter()
        .filter(|q| q.text == text)
        .nth(nth)
        .unwrap_or_else(|| panic!("no quantity {text} #{nth}"));
    (q.status, q.year)
}

fn quantity<'a>(r: &'a Report, text: &str) -> &'a govreport::Quantity {
    r.quantities
        .iter()
        .find(|q| q.text == text)
        .unwrap_or_else(|| panic!("no quantity {text}: {:#?}", r.quantities))
}

fn card<'a>(r: &'a Report, id: &str) -> &'a govreport::HeadlineRow {
    r.headline
        .iter()
        .find(|h| h.metric_id == id)
        .unwrap_or_else(|| panic!("no card {id}"))
}

fn text_of(r: &Report, id: Option<u32>) -> Option<&str> {
    id.and_then(|i| r.quantities.get(i as usize))
        .map(|q| q.text.as_str())
}

#[test]
fn a_five_year_report_speaks_of_three_periods() {
    let r = five_year_report();
    assert_eq!(
        (r.meta.review_year, r.meta.plan_year),
        (Some(2025), Some(2026))
    );
    let cases = [
        ("5.4%", 0, Some(Status::Actual), Some(2025)),
        // The start of `从A提高到B` is the level before the period; B is the end.
        ("11.37万亿元", 0, Some(Status::Context), Some(2020)),
        ("14.58万亿元", 0, Some(Status::Actual), Some(2025)),
        ("5.5%", 0, Some(Status::Context), None),
        // Thresholds crossed on the way, totals and levels kept are background.
        ("5万亿元", 0, Some(Status::Context), None),
        ("400万人", 0, Some(Status::Context), None),
        ("1100亿斤", 0, Some(Status::Context), None),
        ("34.3%", 0, Some(Status::Context), None),
        // Goals of the new plan period: a rate has no year, a level its end year.
        ("5%", 0, Some(Status::Target), None),
        ("3.2%", 0, Some(Status::Target), Some(2030)),
        ("5.5%", 1, Some(Status::Target), Some(2030)),
        ("5%", 1, Some(Status::Target), Some(2026)),
    ];
    for (text, nth, st, year) in cases {
        assert_eq!(status(&r, text, nth), (st, year), "{text} #{nth}");
    }
    let gdp = card(&r, "gdp");
    assert_eq!(text_of(&r, gdp.level), Some("14.58万亿元"));
    assert_eq!(
        text_of(&r, gdp.growth),
        Some("5.4%"),
        "a quarter is not the year"
    );
    let target = gdp.target.and_then(|i| r.quantities.get(i as usize));
    assert_eq!(
        target.map(|q| (q.text.as_str(), q.year)),
        Some(("5%", Some(2026)))
    );
    assert!(r
        .targets
        .iter()
        .all(|t| r.quantities[t.quantity_id as usize].year == Some(2026)));
}

#[test]
fn quarters_are_not_the_year_and_summaries_imply_their_subject() {
    let r = parse(
        "各位代表：\n一、2024年工作回顾\n——经济发展稳中有进。实现三季度增长4.6%、追平全国，四季度增长5.6%、高于全国0.2个百分点，全年增长4.8%、总量达5.3万亿元；粮食总产达615.6亿斤、创近5年新高。\n",
    );
    for text in ["4.6%", "5.6%", "4.8%", "5.3万亿元"] {
        let q = quantity(&r, text);
        assert_eq!(q.metric_id.as_deref(), Some("gdp"), "{text}");
        assert_eq!(
            (q.status, q.year),
            (Some(Status::Actual), Some(2024)),
            "{text}"
        );
    }
    // `创近5年新高` names a record, not a period.
    assert_eq!(
        status(&r, "615.6亿斤", 0),
        (Some(Status::Actual), Some(2024))
    );
    assert_eq!(quantity(&r, "0.2个百分点").metric_id, None, "a comparison");
    let gdp = card(&r, "gdp");
    assert_eq!(text_of(&r, gdp.growth), Some("4.8%"));
    assert_eq!(text_of(&r, gdp.level), Some("5.3万亿元"));
}

#[test]
fn additions_keep_their_id_and_never_show_as_the_level() {
    let r = parse(
        "各位代表：\n一、2024年工作回顾\n新增经营主体5.8万户，总量达24.8万户。高新技术企业净增600户。\n二、2025年工作安排\n拟安排地方政府专项债券3.9万亿元、比上年增加1000亿元。\n",
    );
    let added = quantity(&r, "5.8万户");
    assert_eq!(
        (added.metric_id.as_deref(), added.measure),
        (Some("market_entities"), Measure::Added)
    );
    let total = quantity(&r, "24.8万户");
    assert_eq!(
        (total.metric_id.as_deref(), total.measure),
        (Some("market_entities"), Measure::Total)
    );
    assert_eq!(quantity(&r, "600户").measure, Measure::Added);
    assert_eq!(quantity(&r, "1000亿元").measure, Measure::Added);
    assert_eq!(
        text_of(&r, card(&r, "market_entities").level),
        Some("24.8万户")
    );
    assert!(r
        .headline
        .iter()
        .all(|h| h.metric_id != "high_tech_enterprises" || h.level.is_none()));
    assert_eq!(
        text_of(&r, card(&r, "special_bonds").target),
        Some("3.9万亿元")
    );
}

#[test]
fn names_as_reports_write_them() {
    let r = parse(
        "政府工作报告\n——2025年1月15日在某某省第十四届人民代表大会第三次会议上\n各位代表：\n一、2024年工作回顾\n\
         全川地区生产总值增长5.7%。某某规模工业增加值增长7.3%。“新三样”出口增长37%。\
         高新技术企业、科技型中小企业贷款分别增长27.7%、20.1%。粮食播种面积3320万亩、产量1285万吨。\
         实际使用外资比上年增长8.9%。扣除留抵退税因素后，一般公共预算收入增长5%。\
         为企业减税降费446亿元。带动进出口415.4亿元、增长11.7%。\n\
         二、2025年工作安排\n主要预期目标是：生产总值、一般公共预算收入增长6%以上，高新技术、科技型中小企业数量增长10%以上。\n",
    );
    let id = |t: &str| quantity(&r, t).metric_id.clone();
    assert_eq!(
        id("5.7%").as_deref(),
        Some("gdp"),
        "全 + the region's abbreviation"
    );
    assert_eq!(
        id("7.3%").as_deref(),
        Some("industrial_value_added"),
        "规模工业 = 规模以上工业"
    );
    assert_eq!(id("37%"), None, "a quoted part of exports");
    assert_eq!(id("27.7%"), None, "loans to firms are not the firms");
    assert_eq!(
        id("1285万吨").as_deref(),
        Some("grain_output"),
        "产量 shares 粮食"
    );
    assert_eq!(id("8.9%").as_deref(), Some("foreign_investment"));
    assert_eq!(id("5%"), None, "a figure net of a part");
    assert_eq!(id("446亿元").as_deref(), Some("tax_fee_cuts"));
    assert_eq!(id("415.4亿元"), None, "a share a cause drives");
    assert_eq!(id("11.7%"), None, "and its growth");
    assert_eq!(
        id("10%").as_deref(),
        Some("high_tech_enterprises"),
        "a shared head"
    );
    // One figure for several indicators is a target of each.
    let six: Vec<&str> = r
        .targets
        .iter()
        .filter(|t| t.value == 6.0)
        .filter_map(|t| t.metric_id.as_deref())
        .collect();
    assert_eq!(six, ["gdp", "general_budget_revenue"]);
}

#[test]
fn cards_prefer_the_precise_figure_and_keep_the_reports_term() {
    let r = parse(
        "各位代表：\n一、2024年工作回顾\n国内生产总值迈上6万亿元台阶，达到62661亿元，增长5%。城镇登记失业率4.1%。\n\
         预计全年接待游客9.6亿人次、增长10.3%，旅游总收入1.24万亿元。\n",
    );
    let gdp = card(&r, "gdp");
    assert_eq!(text_of(&r, gdp.level), Some("62661亿元"));
    assert_eq!(gdp.term.as_deref(), Some("国内生产总值"));
    assert_eq!(
        card(&r, "unemployment_rate").term.as_deref(),
        Some("城镇登记失业率")
    );
    assert_eq!(quantity(&r, "6万亿元").qual, govreport::Qual::AtLeast);
    for text in ["9.6亿人次", "10.3%", "1.24万亿元"] {
        assert_eq!(
            quantity(&r, text).status,
            Some(Status::Estimate),
            "{text}: 预计 opens the sentence"
        );
    }
    assert_eq!(quantity(&r, "10.3%").kind, Some(Kind::Growth));
}

/// A city report of the older kind: one region, the review, then the plan.
fn city_report(review: &str, plan: &str) -> Report {
    parse(&format!(
        "各位代表：\n现在，我代表甲市人民政府向大会报告工作。\n一、2007年工作回顾\n{review}\n二、2008年工作安排\n{plan}\n"
    ))
}

#[test]
fn respectively_follows_the_figures_before_it_in_order() {
    let r = city_report(
        "全市城镇居民人均可支配收入达到10867元，农民人均纯收入3915元，分别增长25.8%和17.4%。",
        "生产总值增长12%以上。",
    );
    assert_eq!(
        quantity(&r, "25.8%").metric_id.as_deref(),
        Some("urban_disposable_income")
    );
    assert_eq!(
        quantity(&r, "17.4%").metric_id.as_deref(),
        Some("rural_disposable_income")
    );
    assert_eq!(
        text_of(&r, card(&r, "rural_disposable_income").growth),
        Some("17.4%")
    );
    // A list of the same sort of figure, then 分别, both item by item.
    let r = city_report(
        "财政总收入19.5亿元，地方财政收入13.6亿元，调整出口退税因素后，为23.2亿元和14.5亿元，按可比口径计算，分别增长22.2%和27.2%。",
        "生产总值增长12%以上。",
    );
    assert_eq!(quantity(&r, "23.2亿元").metric_id, None);
    assert_eq!(quantity(&r, "22.2%").metric_id, None);
    assert_eq!(
        quantity(&r, "27.2%").metric_id.as_deref(),
        Some("general_budget_revenue")
    );
}

#[test]
fn a_list_of_parts_names_no_aggregate() {
    let r = city_report(
        "全市规模以上工业增加值125亿元，增长25.8%。\
         7个县市区生产总值、规模以上工业增加值分别增长14.5%、27.8%。\
         市本级地方一般预算收入、全社会固定资产投资分别增长9%、30%。\
         国家级、省级高新技术企业分别达到20家和135家。",
        "生产总值增长12%以上。",
    );
    for text in ["14.5%", "27.8%", "9%", "30%", "20家", "135家"] {
        assert_eq!(quantity(&r, text).metric_id, None, "{text}");
    }
    assert_eq!(
        text_of(&r, card(&r, "industrial_value_added").growth),
        Some("25.8%")
    );
    assert!(r
        .headline
        .iter()
        .all(|h| h.metric_id != "high_tech_enterprises"));
}

#[test]
fn an_expected_figure_is_a_goal_of_the_plan_year() {
    // Where the plan part is not found (a report printed as one line), the
    // word still marks the goal.
    let r = parse(
        "各位代表：现在，我代表甲市人民政府向大会报告工作。2007年，经济平稳较快发展。预期目标全面完成，生产总值增长14.6%。\
         加快发展现代服务业，预期第三产业增加值增长12.5%。\
         预期农业增加值增长4%，粮食产量稳定在40亿斤以上。\n",
    );
    assert_eq!(status(&r, "12.5%", 0).0, Some(Status::Target));
    assert_eq!(status(&r, "40亿斤", 0).0, Some(Status::Target));
    // `预期目标` met is a review, not a goal.
    assert_ne!(status(&r, "14.6%", 0).0, Some(Status::Target));
}

#[test]
fn a_change_since_an_earlier_time_is_not_the_years() {
    let r = city_report(
        "与改革前相比，全市规模以上工业增加值增长101%。规模以上工业增加值增长25.8%。",
        "生产总值增长12%以上。",
    );
    assert_eq!(status(&r, "101%", 0), (Some(Status::Context), None));
    assert_eq!(
        text_of(&r, card(&r, "industrial_value_added").growth),
        Some("25.8%")
    );
}

/// The plan year's GDP growth target of a city report: (value, qualifier, plan year).
fn gdp_target(text: &str) -> Option<(f64, govreport::Qual, Option<i32>)> {
    let r = parse(text);
    r.targets
        .iter()
        .find(|t| t.metric_id.as_deref() == Some("gdp") && t.kind == Some(Kind::Growth))
        .map(|t| (t.value, t.qual, r.meta.plan_year))
}

/// A city report's opening and review, then its plan part.
fn city_plan(plan: &str) -> String {
    format!(
        "各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2009年工作回顾\n\
         全市生产总值增长11.4%。\n二、2010年工作安排\n{plan}\n"
    )
}

#[test]
fn city_dash_lists_of_targets() {
    use govreport::Qual::AtLeast;
    for list in [
        "主要目标建议为：\n———生产总值增长10%以上；\n———财政收入增长15%。",
        "主要目标建议为：\n──生产总值增长10%以上；\n──财政收入增长15%。",
        "主要目标建议为：\n—生产总值增长10%以上；\n—财政收入增长15%。",
        "主要预期目标是：财政收入增长15%；—生产总值增长10%以上；—投资增长20%。",
    ] {
        assert_eq!(
            gdp_target(&city_plan(list)),
            Some((10.0, AtLeast, Some(2010))),
            "{list}"
        );
    }
}

#[test]
fn city_targets_in_odd_signs() {
    use govreport::Qual::{Approx, AtLeast};
    // The small percent sign.
    assert_eq!(
        gdp_target(&city_plan(
            "主要预期目标均为：地区生产总值增长11﹪左右，投资增长15﹪。"
        )),
        Some((11.0, Approx, Some(2010)))
    );
    // A ratio sign for the colon.
    assert_eq!(
        gdp_target(&city_plan(
            "主要预期目标建议为∶生产总值增长 10%以上；投资增长28%。"
        )),
        Some((10.0, AtLeast, Some(2010)))
    );
}

#[test]
fn city_subjects_of_the_gdp_target() {
    use govreport::Qual::{Approx, Exact};
    // Targets for the whole city and its urban districts alike.
    assert_eq!(
        gdp_target(&city_plan(
            "主要预期目标建议为：全市和市区生产总值增长9.5%；财政总收入增长7%。"
        )),
        Some((9.5, Exact, Some(2010)))
    );
    // A proposed target outside the targets passage.
    assert_eq!(
        gdp_target(&city_plan("我们要坚定信心，建议奋力实现地区生产总值增长6.5%左右，居民收入增长与经济增长基本同步。")),
        Some((6.5, Approx, Some(2010)))
    );
}
