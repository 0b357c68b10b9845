//! Metric names in sentences, as reports write them: each case is a class of
//! form seen across the corpus (`../shared/corpus`), stated with neutral
//! wording — the subject a figure keeps, the id its phrase gets, and the
//! figures that get none.

fn ids(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let report = govreport::parse(&format!(
        "政府工作报告\n各位代表：\n一、2007年工作回顾\n{text}\n二、2008年工作安排\n主要预期目标是：生产总值增长10%。\n"
    ))
    .expect("parses");
    report
        .quantities
        .into_iter()
        .map(|q| (q.text, q.metric, q.metric_id))
        .collect()
}

fn id_of(text: &str, figure: &str) -> Option<String> {
    ids(text)
        .into_iter()
        .find(|(t, _, _)| t == figure)
        .unwrap_or_else(|| panic!("no {figure} in {text}"))
        .2
}

#[test]
fn forms_of_names_across_the_corpus() {
    // (sentence, figure, id)
    let cases: &[(&str, &str, Option<&str>)] = &[
        // A multiple of a base year keeps the subject of the sentence.
        (
            "一般预算收入72.5亿元，比上年增长30.8%，是1997年的3.2倍。",
            "3.2倍",
            Some("general_budget_revenue"),
        ),
        ("生产总值362亿元，比2000年增长80.4%。", "80.4%", Some("gdp")),
        // Old and new names of one indicator.
        ("新增城镇就业1.05万人。", "1.05万人", Some("urban_new_jobs")),
        (
            "城市居民人均可支配收入21716元。",
            "21716元",
            Some("urban_disposable_income"),
        ),
        ("万元生产总值能耗下降5%。", "5%", Some("energy_intensity")),
        (
            "年末城镇登记失业率4.02%。",
            "4.02%",
            Some("unemployment_rate"),
        ),
        // Words of measurement before the verb keep the id.
        (
            "城镇居民人均可支配收入实际增长8%。",
            "8%",
            Some("urban_disposable_income"),
        ),
        (
            "一般公共预算收入94.5亿元，可比增长8.9%。",
            "8.9%",
            Some("general_budget_revenue"),
        ),
        (
            "规模以上工业增加值同口径增长8%。",
            "8%",
            Some("industrial_value_added"),
        ),
        (
            "市场主体在册总量达10万户。",
            "10万户",
            Some("market_entities"),
        ),
        (
            "社会消费品零售总额今年要增长7%。",
            "7%",
            Some("retail_sales"),
        ),
        // A level after a name: its per-head figure.
        (
            "全市生产总值3000亿元，人均突破5000美元。",
            "5000美元",
            Some("gdp_per_capita"),
        ),
        // Totals with central taxes are never general budget revenue.
        ("财政总收入20.9亿元，增长13.7%。", "20.9亿元", None),
        (
            "财政收入100亿元，增长16%，其中地方财政收入50亿元。",
            "100亿元",
            None,
        ),
        (
            "财政收入100亿元，增长16%，其中地方财政收入50亿元。",
            "50亿元",
            Some("general_budget_revenue"),
        ),
        ("全口径财政收入30亿元。", "30亿元", None),
        // Parts of an aggregate.
        ("高技术制造业增加值增长12%。", "12%", None),
        ("民营经济增加值67.6亿元。", "67.6亿元", None),
        ("入境游客8万人次。", "8万人次", None),
    ];
    for (text, figure, want) in cases {
        assert_eq!(id_of(text, figure).as_deref(), *want, "{figure} in {text}");
    }
}

#[test]
fn growths_after_as_many_levels_follow_them() {
    let got = ids("城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，实际增长8.4%和8%。");
    let id = |t: &str| got.iter().find(|g| g.0 == t).and_then(|g| g.2.clone());
    assert_eq!(id("8.4%").as_deref(), Some("urban_disposable_income"));
    assert_eq!(id("8%").as_deref(), Some("rural_disposable_income"));
}

#[test]
fn a_second_list_follows_only_the_list_right_before_it() {
    let got = ids(
        "地方财政收入从64亿元增加到212亿元，年均分别增长26.7%和27%；货物吞吐量达到2.7亿吨，集装箱吞吐量达到520万标箱，分别是上年的2.3倍和5.8倍。",
    );
    for t in ["2.3倍", "5.8倍"] {
        let g = got.iter().find(|g| g.0 == t).expect(t);
        assert_eq!(g.2, None, "{t}: {g:?}");
    }
}
