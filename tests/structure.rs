//! Tests of the structure stage: outline, topics, sentences, metadata,
//! glossary, the corpus expectations (tests/expected/*.tsv) and odd inputs.

use govreport::model::{Level, SectionLevel};
use govreport::normalize::normalize;
use govreport::structure::{analyze, sentences, Document};
use std::collections::BTreeMap;

fn doc(input: &str) -> (String, Document) {
    let clean = normalize(input);
    let d = analyze(&clean);
    (clean.text, d)
}

/// (level, label, title, parent) of every heading.
fn outline(d: &Document) -> Vec<(SectionLevel, String, String, Option<usize>)> {
    d.headings
        .iter()
        .map(|h| (h.level, h.label.clone(), h.title.clone(), h.parent))
        .collect()
}

fn h(
    level: SectionLevel,
    label: &str,
    title: &str,
    parent: Option<usize>,
) -> (SectionLevel, String, String, Option<usize>) {
    (level, label.to_string(), title.to_string(), parent)
}

use SectionLevel::{Part, Section, Topic};

const SAMPLE: &str = "政府工作报告
——2024年12月26日在某某区第十一届人民代表大会第四次会议上
某某区人民政府区长张三
各位代表：
现在，我代表区人民政府，向大会报告工作，请予审议。
一、2024年工作回顾
2024年是关键一年。全区生产总值增长5%。
提速推进项目建设。建立项目推进机制，全年开工项目82个。
二、2025年主要安排
（一）持续优化供给侧，推动制造业扩大规模
聚焦聚力扩大产业投资。坚持以投资结构优化促进产业结构优化。
名词、术语解释：
1.三品一标：无公害农产品、绿色食品、有机农产品和农产品地理标志。
2.钙钛矿：一类陶瓷氧化物。
";

#[test]
fn sample_outline_paragraphs_glossary() {
    let (text, d) = doc(SAMPLE);
    assert_eq!(
        outline(&d),
        vec![
            h(Part, "一、", "2024年工作回顾", None),
            h(Topic, "", "提速推进项目建设", Some(0)),
            h(Part, "二、", "2025年主要安排", None),
            h(
                Section,
                "（一）",
                "持续优化供给侧，推动制造业扩大规模",
                Some(2)
            ),
            h(Topic, "", "聚焦聚力扩大产业投资", Some(3)),
        ]
    );
    // Heading ranges: the whole line for a part, the lead sentence for a topic.
    assert_eq!(&text[d.headings[0].range.clone()], "一、2024年工作回顾");
    assert_eq!(&text[d.headings[1].range.clone()], "提速推进项目建设。");
    let paras: Vec<(&str, Option<usize>)> = d
        .paragraphs
        .iter()
        .map(|p| (&text[p.range.clone()], p.heading))
        .collect();
    assert_eq!(
        paras,
        vec![
            ("各位代表：", None),
            ("现在，我代表区人民政府，向大会报告工作，请予审议。", None),
            ("2024年是关键一年。全区生产总值增长5%。", Some(0)),
            (
                "提速推进项目建设。建立项目推进机制，全年开工项目82个。",
                Some(1)
            ),
            (
                "聚焦聚力扩大产业投资。坚持以投资结构优化促进产业结构优化。",
                Some(4)
            ),
        ]
    );
    let g: Vec<(&str, &str)> = d
        .glossary
        .iter()
        .map(|t| (t.term.as_str(), t.definition.as_str()))
        .collect();
    assert_eq!(
        g,
        vec![
            (
                "三品一标",
                "无公害农产品、绿色食品、有机农产品和农产品地理标志。"
            ),
            ("钙钛矿", "一类陶瓷氧化物。"),
        ]
    );
    assert_eq!(
        &text[d.glossary[1].range.clone()],
        "2.钙钛矿：一类陶瓷氧化物。"
    );
    let m = &d.meta;
    assert_eq!(m.title.as_deref(), Some("政府工作报告"));
    assert_eq!(m.region.as_deref(), Some("某某区"));
    assert_eq!(m.level, Some(Level::District));
    assert_eq!(
        m.meeting.as_deref(),
        Some("某某区第十一届人民代表大会第四次会议")
    );
    assert_eq!(m.date.as_deref(), Some("2024-12-26"));
    assert_eq!(m.speaker.as_deref(), Some("张三"));
    assert_eq!(m.speaker_title.as_deref(), Some("区长"));
    assert_eq!((m.review_year, m.plan_year), (Some(2024), Some(2025)));
    let plan = d.plan_start.expect("plan part");
    assert!(text[plan..].starts_with("二、2025年主要安排"));
}

#[test]
fn labelled_items() {
    let input = "各位代表：
一、过去一年工作回顾
——经济运行持续向好。地区生产总值增长5.8%。
一是坚持稳增长，经济基础更加坚实。全年完成投资100亿元。
二是坚持惠民生。民生支出占比75%。
（一）聚力稳增长，稳的基础更加坚实。坚持把稳增长摆在突出位置。
1.医疗卫生方面。为全省重点人群免费开展筛查。
2.养老帮困方面。新增护理员8000人。
第一，深化政府机构改革。
按照精简、统一、效能的原则，完善机构设置，理顺职能分工，提高行政效率。
二、今年工作总体部署
今年经济社会发展主要预期目标是：地区生产总值增长5%左右。
";
    let (text, d) = doc(input);
    assert_eq!(
        outline(&d),
        vec![
            h(Part, "一、", "过去一年工作回顾", None),
            h(Section, "——", "经济运行持续向好", Some(0)),
            h(Section, "一是", "坚持稳增长，经济基础更加坚实", Some(0)),
            h(Section, "二是", "坚持惠民生", Some(0)),
            h(Section, "（一）", "聚力稳增长，稳的基础更加坚实", Some(0)),
            h(Topic, "1.", "医疗卫生方面", Some(4)),
            h(Topic, "2.", "养老帮困方面", Some(4)),
            h(Topic, "第一，", "深化政府机构改革", Some(4)),
            h(Part, "二、", "今年工作总体部署", None),
        ]
    );
    // A labelled paragraph starts after its label; a standalone heading is no paragraph.
    let paras: Vec<&str> = d
        .paragraphs
        .iter()
        .map(|p| &text[p.range.clone()])
        .collect();
    assert!(paras.contains(&"医疗卫生方面。为全省重点人群免费开展筛查。"));
    assert!(paras.contains(&"经济运行持续向好。地区生产总值增长5.8%。"));
    assert!(!paras.iter().any(|p| p.contains("深化政府机构改革")));
    assert!(!paras.iter().any(|p| p.contains("今年工作总体部署")));
    let p = d
        .paragraphs
        .iter()
        .find(|p| text[p.range.clone()].starts_with("按照"))
        .unwrap();
    assert_eq!(p.heading, Some(7));
}

#[test]
fn part_numbering_must_follow_on() {
    let input = "各位代表：
一、回顾
五、这一行不是第五部分
一、二、三产业融合发展。
二、安排
";
    let (_, d) = doc(input);
    let titles: Vec<&str> = d.headings.iter().map(|h| h.title.as_str()).collect();
    assert_eq!(titles, ["回顾", "安排"]);
    assert_eq!(d.paragraphs.len(), 3); // greeting and the two lines that are not parts
}

#[test]
fn enumerations_must_follow_on() {
    let input = "各位代表：
一、回顾
三是这一段不在序列中。后面还有很多很多文字内容。
一是第一项工作。内容一。
二是第二项工作。内容二。
四是跳过了第三项。内容四。
";
    let (_, d) = doc(input);
    let labels: Vec<&str> = d.headings.iter().map(|h| h.label.as_str()).collect();
    assert_eq!(labels, ["一、", "一是", "二是"]);
}

#[test]
fn topics() {
    // (paragraph line, expected topic title)
    let cases: &[(&str, Option<&str>)] = &[
        (
            "提速推进项目建设。建立项目推进全生命周期工作机制。",
            Some("提速推进项目建设"),
        ),
        (
            "“三农”工作进一步加强。中央财政用于“三农”的支出增长。",
            Some("“三农”工作进一步加强"),
        ),
        // Commas, digits, copulas, discourse openings and long leads are prose.
        ("人命关天，安全至上。必须持之以恒抓好安全生产。", None),
        ("城镇新增就业120万人。城镇调查失业率保持稳定。", None),
        (
            "改革开放是经济社会发展的不竭动力。我们将坚持改革开放不动摇。",
            None,
        ),
        ("我们坚持稳中求进。经济运行总体平稳。", None),
        ("过去一年极不平凡。我们顶住压力。", None),
        (
            "坚定不移推动科技创新和产业创新深度融合发展取得新成效。加快建设。",
            None,
        ),
        // A lead phrase alone in its paragraph is not a topic.
        ("加快建设现代化产业体系。", None),
    ];
    for (line, want) in cases {
        let input = format!("各位代表：\n一、工作回顾\n{line}\n");
        let (_, d) = doc(&input);
        let got: Vec<&str> = d
            .headings
            .iter()
            .filter(|h| h.level == Topic)
            .map(|h| h.title.as_str())
            .collect();
        assert_eq!(got, want.iter().copied().collect::<Vec<_>>(), "{line}");
    }
}

#[test]
fn standalone_topic_lines() {
    // (Normalisation drops repeated lines: the two bodies differ.)
    let body = "始终坚持生态优先、绿色发展，以“国之大者”的政治担当，守护好中华水塔，生态环境质量持续改善，各项指标保持全国前列。";
    let body2 = "全体居民人均可支配收入持续增长，城乡居民收入差距不断缩小，基本公共服务均等化水平明显提高，人民群众获得感显著增强。";
    let input = format!("各位代表：\n一、工作回顾\n生态底色更加亮丽。\n{body}\n这是人民生活品质显著改善的五年。\n{body2}\n");
    let (text, d) = doc(&input);
    let topics: Vec<&str> = d
        .headings
        .iter()
        .filter(|h| h.level == Topic)
        .map(|h| h.title.as_str())
        .collect();
    assert_eq!(
        topics,
        ["生态底色更加亮丽", "这是人民生活品质显著改善的五年"]
    );
    // The standalone lines are headings only; each body paragraph hangs under its topic.
    assert_eq!(d.paragraphs.len(), 3);
    assert_eq!(d.paragraphs[1].heading, Some(1));
    assert_eq!(d.paragraphs[2].heading, Some(2));
    assert!(text[d.paragraphs[1].range.clone()].starts_with("始终坚持"));
}

#[test]
fn one_sentence_per_line_documents_have_no_lead_phrases() {
    let mut input = String::from("各位代表：\n一、2021年工作回顾\n");
    // Distinct lines (normalisation drops repeated ones).
    for i in 0..30 {
        let c = char::from_u32(0x4e00 + 7 * i).unwrap_or('一');
        let pad = "加快".repeat((i % 5) as usize * 3);
        input.push_str(&format!(
            "国家战略科技力量{pad}壮大{c}。\n数字技术与实体经济加速融合{c}。创新能力增强{c}。\n"
        ));
    }
    let (_, d) = doc(&input);
    assert_eq!(d.headings.len(), 1);
    assert_eq!(d.paragraphs.len(), 61);
}

#[test]
fn sentence_table() {
    let cases: &[(&str, &[&str])] = &[
        (
            "第一句。第二句！第三句？",
            &["第一句。", "第二句！", "第三句？"],
        ),
        ("他说：“好。”然后走了。", &["他说：“好。”", "然后走了。"]),
        ("没有标点", &["没有标点"]),
        ("结尾。。。", &["结尾。。。"]),
        ("真的吗？！是的。", &["真的吗？！", "是的。"]),
        ("（注：见上。）下一句。", &["（注：见上。）", "下一句。"]),
        (
            "增长5.5%。下降2%！余下",
            &["增长5.5%。", "下降2%！", "余下"],
        ),
        (
            "目标如下：增长6%左右；失业率5.5%左右。",
            &["目标如下：增长6%左右；失业率5.5%左右。"],
        ),
        ("", &[]),
    ];
    for (s, want) in cases {
        let got: Vec<&str> = sentences(s, 0..s.len())
            .into_iter()
            .map(|r| &s[r])
            .collect();
        assert_eq!(&got, want, "{s}");
    }
    // Offsets are absolute.
    let s = "前文。第一句。第二句。";
    let r = "前文。".len()..s.len();
    let got: Vec<&str> = sentences(s, r).into_iter().map(|r| &s[r]).collect();
    assert_eq!(got, ["第一句。", "第二句。"]);
    // Invalid ranges give nothing rather than a panic.
    assert!(sentences(s, 1..4).is_empty());
    assert!(sentences(s, 0..1000).is_empty());
    #[allow(clippy::reversed_empty_ranges)]
    let backwards = 6..3;
    assert!(sentences(s, backwards).is_empty());
}

/// (head lines, region, level, meeting, date, speaker, speakerTitle)
type MetaCase<'a> = (
    &'a str,
    &'a str,
    Level,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
);

#[test]
fn meta_table() {
    let cases: &[MetaCase] = &[
        (
            "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理李强",
            "国务院", Level::National, Some("第十四届全国人民代表大会第二次会议"), Some("2024-03-05"), Some("李强"), Some("总理"),
        ),
        (
            "政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理李强",
            "国务院", Level::National, Some("第十四届全国人民代表大会第二次会议"), Some("2024-03-05"), Some("李强"), Some("总理"),
        ),
        (
            "政府工作报告\n——二〇〇九年三月五日在第十一届全国人民代表大会第二次会议上",
            "国务院", Level::National, Some("第十一届全国人民代表大会第二次会议"), Some("2009-03-05"), None, None,
        ),
        (
            "政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长孟凡利",
            "广东省", Level::Province, Some("广东省第十四届人民代表大会第五次会议"), Some("2026-01-26"), Some("孟凡利"), Some("省长"),
        ),
        (
            "2025年上海市政府工作报告\n----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告",
            "上海市", Level::Province, Some("上海市第十六届人民代表大会第三次会议"), Some("2025-01-15"), Some("龚正"), Some("市长"),
        ),
        (
            "2025年河南省政府工作报告\n2025年1月18日在河南省第十四届人民代表大会第三次会议上河南省人民政府省长王凯作政府工作报告",
            "河南省", Level::Province, Some("河南省第十四届人民代表大会第三次会议"), Some("2025-01-18"), Some("王凯"), Some("省长"),
        ),
        (
            "政府工作报告\n——2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上\n呼伦贝尔市海拉尔区人民政府代区长萨国文",
            "海拉尔区", Level::District, Some("呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议"), Some("2019-03-04"), Some("萨国文"), Some("代区长"),
        ),
        (
            "政府工作报告\n——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上\n自治区人民政府主席张雨浦",
            "宁夏回族自治区", Level::Province, Some("宁夏回族自治区第十三届人民代表大会第四次会议"), Some("2026-02-03"), Some("张雨浦"), Some("主席"),
        ),
        (
            "政府工作报告\n——2023年1月10日在某某县第十八届人民代表大会第三次会议上\n某某县人民政府县长王五",
            "某某县", Level::County, Some("某某县第十八届人民代表大会第三次会议"), Some("2023-01-10"), Some("王五"), Some("县长"),
        ),
        (
            "政府工作报告\n——2024年1月5日在恩施土家族苗族自治州第八届人民代表大会第四次会议上",
            "恩施土家族苗族自治州", Level::City, Some("恩施土家族苗族自治州第八届人民代表大会第四次会议"), Some("2024-01-05"), None, None,
        ),
        (
            "政府工作报告\n——2024年1月8日在武汉市第十五届人民代表大会第四次会议上\n武汉市人民政府市长程用文",
            "武汉市", Level::City, Some("武汉市第十五届人民代表大会第四次会议"), Some("2024-01-08"), Some("程用文"), Some("市长"),
        ),
        (
            "政府工作报告\n——2024年1月8日在鄂温克族自治旗第十八届人民代表大会第三次会议上",
            "鄂温克族自治旗", Level::County, Some("鄂温克族自治旗第十八届人民代表大会第三次会议"), Some("2024-01-08"), None, None,
        ),
        // No dateline: the title names the issuer.
        (
            "2025年黑龙江省政府工作报告\n省长梁惠玲",
            "黑龙江省", Level::Province, None, Some("2025"), Some("梁惠玲"), Some("省长"),
        ),
    ];
    for (head, region, level, meeting, date, speaker, office) in cases {
        let input = format!(
            "{head}\n各位代表：\n现在，我代表人民政府向大会报告工作。\n一、过去一年工作回顾\n"
        );
        let (_, d) = doc(&input);
        let m = &d.meta;
        assert_eq!(m.region.as_deref(), Some(*region), "{head}");
        assert_eq!(m.level, Some(*level), "{head}");
        assert_eq!(m.meeting.as_deref(), *meeting, "{head}");
        assert_eq!(m.date.as_deref(), *date, "{head}");
        assert_eq!(m.speaker.as_deref(), *speaker, "{head}");
        assert_eq!(m.speaker_title.as_deref(), *office, "{head}");
        // The head lines are not paragraphs.
        assert_eq!(d.paragraphs.len(), 2, "{head}");
    }
}

#[test]
fn region_from_the_opening_sentence() {
    let cases = [
        (
            "现在，我代表国务院，向大会报告政府工作。",
            Some("国务院"),
            Some(Level::National),
        ),
        (
            "现在，我代表海拉尔区人民政府向大会作工作报告。",
            Some("海拉尔区"),
            Some(Level::District),
        ),
        (
            "现在，我代表省人民政府，向大会报告工作。",
            None,
            Some(Level::Province),
        ),
        (
            "现在，我代表自治区人民政府，向大会报告工作。",
            None,
            Some(Level::Province),
        ),
        ("现在，我向大会报告工作。", None, None),
    ];
    for (opening, region, level) in cases {
        let (_, d) = doc(&format!("各位代表：\n{opening}\n一、2019年工作回顾\n"));
        assert_eq!(d.meta.region.as_deref(), region, "{opening}");
        assert_eq!(d.meta.level, level, "{opening}");
    }
}

#[test]
fn years_table() {
    // (input, reviewYear, planYear, plan part title)
    type YearCase<'a> = (&'a str, Option<i32>, Option<i32>, Option<&'a str>);
    let cases: &[YearCase] = &[
        (
            "各位代表：\n一、2019年和今年以来工作回顾\n去年经济平稳。\n二、今年发展主要目标和下一阶段工作总体部署\n做好今年工作。\n",
            Some(2019), Some(2020), Some("二、今年发展主要目标"),
        ),
        (
            "政府工作报告\n——2024年12月26日在某某区第一届人民代表大会第四次会议上\n各位代表：\n一、过去一年工作回顾\n内容。\n二、明年工作安排\n内容。\n",
            Some(2024), Some(2025), Some("二、明年工作安排"),
        ),
        (
            "2017政府工作报告\n各位代表：\n一、过去一年工作回顾\n内容。\n二、今年工作总体部署\n内容。\n",
            Some(2016), Some(2017), Some("二、今年工作总体部署"),
        ),
        (
            "各位代表：\n一、“十四五”时期工作回顾\n内容。\n二、“十五五”时期主要任务\n内容。\n三、重点工作\n内容。\n",
            Some(2025), Some(2026), Some("三、重点工作"),
        ),
        (
            "政府工作报告\n——二〇一〇年三月五日在第十一届全国人民代表大会第三次会议上\n各位代表：\n一、过去一年工作回顾\n内容。\n二、今年的主要任务\n内容。\n",
            Some(2009), Some(2010), Some("二、今年的主要任务"),
        ),
        // No parts: the plan starts with the paragraph that opens it.
        (
            "政府工作报告\n——2025年1月10日在某某县第一届人民代表大会第四次会议上\n各位代表：\n过去一年，我们做了大量工作。\n全县生产总值增长5%。\n财政收入增长3%。\n城镇新增就业1000人。\n2025年是“十四五”规划收官之年。\n今年经济社会发展主要预期目标是：生产总值增长5%。\n",
            Some(2024), Some(2025), Some("2025年是"),
        ),
        // Parts without telling titles: the part holding the targets is the plan.
        (
            "政府工作报告\n——2025年1月10日在某某市第一届人民代表大会第四次会议上\n各位代表：\n一、砥砺奋进的一年\n内容。\n二、坚定信心，开创新局面\n做好今年工作意义重大。\n今年经济社会发展主要预期目标是：生产总值增长5%。\n",
            Some(2024), Some(2025), Some("二、坚定信心"),
        ),
        // A report that plans nothing.
        ("各位代表：\n一、2023年工作回顾\n内容。\n", Some(2023), Some(2024), None),
    ];
    for (input, review, plan, start) in cases {
        let (text, d) = doc(input);
        assert_eq!(d.meta.review_year, *review, "{input}");
        assert_eq!(d.meta.plan_year, *plan, "{input}");
        let got = d.plan_start.map(|p| &text[p..]);
        match (got, start) {
            (Some(g), Some(s)) => assert!(g.starts_with(s), "{input}: {g}"),
            (None, None) => {}
            (g, s) => panic!("{input}: plan_start {g:?}, want {s:?}"),
        }
    }
}

#[test]
fn glossary_table() {
    // (tail of a report, [(term, definition)])
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "附件2\n名词解释\n1.“四上”企业：\n现阶段统计工作中达到一定规模的法人单位。\n2.“双一流”：\n指世界一流大学和一流学科。\n",
            &[("“四上”企业", "现阶段统计工作中达到一定规模的法人单位。"), ("“双一流”", "指世界一流大学和一流学科。")],
        ),
        (
            "注释：\n1、物联网：是指通过信息传感设备连接物品与互联网。\n2、森林碳汇：是指森林吸收二氧化碳的过程。\n",
            &[("物联网", "是指通过信息传感设备连接物品与互联网。"), ("森林碳汇", "是指森林吸收二氧化碳的过程。")],
        ),
        (
            "名词解释\n1.“两重”：国家重大战略实施和重点领域安全能力建设。\n2.“两新”：大规模设备更新和消费品以旧换新。\n3.10种有色金属：铜、铅、锌、镍、锡、锑、铝、镁、硅、钛。\n",
            &[("“两重”", "国家重大战略实施和重点领域安全能力建设。"), ("“两新”", "大规模设备更新和消费品以旧换新。"), ("10种有色金属", "铜、铅、锌、镍、锡、锑、铝、镁、硅、钛。")],
        ),
        (
            "名词解释\n1.“双向揭榜挂帅”：企业找技术、成果找市场“双向\n揭榜\n挂帅”的简称。\n2.“灯塔工厂”：智能制造示范工厂。\n",
            &[("“双向揭榜挂帅”", "企业找技术、成果找市场“双向揭榜挂帅”的简称。"), ("“灯塔工厂”", "智能制造示范工厂。")],
        ),
        (
            "[1]一带一路：丝绸之路经济带和21世纪海上丝绸之路。\n[2]双循环：国内大循环为主体、国内国际双循环相互促进。\n",
            &[("一带一路", "丝绸之路经济带和21世纪海上丝绸之路。"), ("双循环", "国内大循环为主体、国内国际双循环相互促进。")],
        ),
        // Numbered items in the body are not a glossary.
        ("1.医疗卫生方面。为全省重点人群免费开展筛查。\n2.养老帮困方面。新增护理员8000人。\n", &[]),
    ];
    for (tail, want) in cases {
        let input = format!("各位代表：\n一、2024年工作回顾\n内容。\n二、2025年工作安排\n内容。\n各位代表！让我们团结奋斗。\n{tail}");
        let (text, d) = doc(&input);
        let got: Vec<(&str, &str)> = d
            .glossary
            .iter()
            .map(|t| (t.term.as_str(), t.definition.as_str()))
            .collect();
        assert_eq!(&got, want, "{tail}");
        // Glossary lines are neither paragraphs nor headings.
        for t in &d.glossary {
            assert!(d
                .paragraphs
                .iter()
                .all(|p| p.range.end <= t.range.start || p.range.start >= t.range.end));
            assert!(d
                .headings
                .iter()
                .all(|h| h.range.end <= t.range.start || h.range.start >= t.range.end));
        }
        if !want.is_empty() {
            assert!(!d
                .paragraphs
                .iter()
                .any(|p| text[p.range.clone()].contains("名词解释")));
        }
    }
}

#[test]
fn appendix_after_glossary_is_body_again() {
    let input = "各位代表：
一、2024年工作回顾
内容。
二、2025年工作安排
内容。
名词解释
1.“两重”：国家重大战略实施和重点领域安全能力建设。
附件
2025年10件惠民实事
一、稳定和扩大就业
年度目标：城镇新增就业50万人以上。
二、实施交通惠民工程
年度目标：新改建农村公路1万公里以上。
";
    let (text, d) = doc(input);
    assert_eq!(d.glossary.len(), 1);
    assert_eq!(
        outline(&d),
        vec![
            h(Part, "一、", "2024年工作回顾", None),
            h(Part, "二、", "2025年工作安排", None),
            h(Part, "附件", "2025年10件惠民实事", None),
            h(Section, "一、", "稳定和扩大就业", Some(2)),
            h(Section, "二、", "实施交通惠民工程", Some(2)),
        ]
    );
    let last = d.paragraphs.last().unwrap();
    assert_eq!(
        &text[last.range.clone()],
        "年度目标：新改建农村公路1万公里以上。"
    );
    assert_eq!(last.heading, Some(4));
}

// ---------------------------------------------------------------------------
// Corpus

fn corpus() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let slug = path.file_stem().unwrap().to_string_lossy().to_string();
            out.push((slug, std::fs::read_to_string(&path).unwrap()));
        }
    }
    out.sort();
    out
}

fn tsv(name: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let path = format!("{}/tests/expected/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    lines
        .map(|l| {
            let cells: Vec<&str> = l.split('\t').collect();
            assert_eq!(cells.len(), header.len(), "{l}");
            let row: BTreeMap<String, String> = header
                .iter()
                .zip(&cells)
                .map(|(h, c)| (h.to_string(), c.to_string()))
                .collect();
            (cells[0].to_string(), row)
        })
        .collect()
}

fn cell<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(|| "-".to_string(), |v| v.to_string())
}

fn level_name(l: Option<Level>) -> String {
    cell(l.map(|l| format!("{l:?}").to_lowercase()))
}

#[test]
fn corpus_meta_matches_expectations() {
    let expected = tsv("meta.tsv");
    let reports = corpus();
    assert_eq!(
        reports.len(),
        expected.len(),
        "one expectation row per report"
    );
    let mut failures = Vec::new();
    for (slug, raw) in &reports {
        let (_, d) = doc(raw);
        let m = &d.meta;
        let want = expected
            .get(slug)
            .unwrap_or_else(|| panic!("no row for {slug}"));
        let got = [
            ("title", cell(m.title.as_deref())),
            ("region", cell(m.region.as_deref())),
            ("level", level_name(m.level)),
            ("meeting", cell(m.meeting.as_deref())),
            ("date", cell(m.date.as_deref())),
            ("speaker", cell(m.speaker.as_deref())),
            ("speakerTitle", cell(m.speaker_title.as_deref())),
            ("reviewYear", cell(m.review_year)),
            ("planYear", cell(m.plan_year)),
        ];
        for (k, v) in got {
            if want[k] != v {
                failures.push(format!("{slug} {k}: got {v}, want {}", want[k]));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn corpus_review_year_matches_manifest() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/MANIFEST.tsv");
    let manifest = std::fs::read_to_string(path).unwrap();
    let years: BTreeMap<&str, i32> = manifest
        .lines()
        .skip(1)
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            Some((*c.first()?, c.get(3)?.parse().ok()?))
        })
        .collect();
    for (slug, raw) in corpus() {
        let (_, d) = doc(&raw);
        assert_eq!(
            d.meta.review_year,
            years.get(slug.as_str()).copied(),
            "{slug}"
        );
        assert_eq!(
            d.meta.plan_year,
            d.meta.review_year.map(|y| y + 1),
            "{slug}"
        );
    }
}

#[test]
fn corpus_outline_matches_expectations() {
    let expected = tsv("outline.tsv");
    let mut failures = Vec::new();
    for (slug, raw) in corpus() {
        let (text, d) = doc(&raw);
        let want = &expected[&slug];
        let parts = d
            .headings
            .iter()
            .filter(|h| h.level == Part && !h.label.starts_with('附'))
            .count();
        let plan = d
            .plan_start
            .and_then(|p| d.headings.iter().find(|h| h.range.start == p))
            .map(|h| h.title.clone());
        let got = [
            ("parts", parts.to_string()),
            ("glossary", d.glossary.len().to_string()),
            ("plan", cell(plan)),
        ];
        for (k, v) in got {
            if want[k] != v {
                failures.push(format!("{slug} {k}: got {v}, want {}", want[k]));
            }
        }
        // Part titles as written.
        let titles: Vec<&str> = d
            .headings
            .iter()
            .filter(|h| h.level == Part && !h.label.starts_with('附'))
            .map(|h| h.title.as_str())
            .collect();
        if want["firstPart"] != titles.first().copied().unwrap_or("-") {
            failures.push(format!("{slug} firstPart: got {:?}", titles.first()));
        }
        let _ = text;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Structural invariants that must hold for any input.
fn check_invariants(name: &str, text: &str, d: &Document) {
    let ok_range = |r: &std::ops::Range<usize>| r.start <= r.end && text.get(r.clone()).is_some();
    let rank = |l: SectionLevel| match l {
        Part => 0,
        Section => 1,
        Topic => 2,
    };
    let mut prev = 0;
    for (i, h) in d.headings.iter().enumerate() {
        assert!(
            ok_range(&h.range) && !h.range.is_empty(),
            "{name}: heading range {i}"
        );
        assert!(h.range.start >= prev, "{name}: headings in order at {i}");
        prev = h.range.start;
        if let Some(p) = h.parent {
            assert!(p < i, "{name}: parent precedes child {i}");
            assert!(
                rank(d.headings[p].level) <= rank(h.level),
                "{name}: parent not deeper than child {i}"
            );
        }
        if h.level == Topic && h.label.is_empty() {
            // A lead phrase is a sentence of a paragraph, or a line of its own.
            let in_para = d
                .paragraphs
                .iter()
                .any(|p| p.range.start <= h.range.start && h.range.end <= p.range.end);
            let own_line = text[h.range.end..].starts_with('\n') || h.range.end == text.len();
            assert!(in_para || own_line, "{name}: topic {i} placement");
        }
    }
    let mut prev_end = 0;
    for (i, p) in d.paragraphs.iter().enumerate() {
        assert!(
            ok_range(&p.range) && !p.range.is_empty(),
            "{name}: paragraph range {i}"
        );
        assert!(
            p.range.start >= prev_end,
            "{name}: paragraphs ordered and disjoint at {i}"
        );
        prev_end = p.range.end;
        assert!(
            !text[p.range.clone()].contains('\n'),
            "{name}: paragraph {i} is one line"
        );
        if let Some(hi) = p.heading {
            assert!(hi < d.headings.len(), "{name}: heading index {i}");
            assert!(
                d.headings[hi].range.start <= p.range.start.max(d.headings[hi].range.start),
                "{name}"
            );
            assert!(
                d.headings[hi].range.start <= p.range.end,
                "{name}: heading precedes paragraph {i}"
            );
        }
        // Sentences tile the paragraph.
        let mut at = p.range.start;
        for s in &p.sentences {
            assert_eq!(s.start, at, "{name}: sentence gap in paragraph {i}");
            assert!(
                s.end > s.start && ok_range(s),
                "{name}: sentence range in paragraph {i}"
            );
            at = s.end;
        }
        assert_eq!(at, p.range.end, "{name}: sentences cover paragraph {i}");
    }
    for t in &d.glossary {
        assert!(ok_range(&t.range), "{name}: glossary range");
        assert!(!t.term.is_empty(), "{name}: glossary term");
        assert!(
            d.paragraphs
                .iter()
                .all(|p| p.range.end <= t.range.start || p.range.start >= t.range.end),
            "{name}: glossary overlaps a paragraph"
        );
    }
    if let Some(s) = d.plan_start {
        assert!(
            s < text.len() && text.is_char_boundary(s),
            "{name}: plan_start in text"
        );
    }
}

#[test]
fn corpus_invariants() {
    for (slug, raw) in corpus() {
        let (text, d) = doc(&raw);
        check_invariants(&slug, &text, &d);
        // Every report has a review part and a plan part after it.
        let plan = d
            .plan_start
            .unwrap_or_else(|| panic!("{slug}: no plan part"));
        let first_part = d.headings.iter().find(|h| h.level == Part).expect("a part");
        assert!(
            plan > first_part.range.start,
            "{slug}: plan after the review part"
        );
        // Standalone part headings are not paragraphs (their numbers are not quantities).
        for h in d.headings.iter().filter(|h| h.level == Part) {
            assert!(
                d.paragraphs
                    .iter()
                    .all(|p| p.range.start > h.range.start || p.range.end <= h.range.start),
                "{slug}: part heading {:?} inside a paragraph",
                h.title
            );
        }
        // Head lines (title, dateline, speaker) are not paragraphs.
        for p in &d.paragraphs {
            let s = &text[p.range.clone()];
            assert!(
                !(s.contains("人民代表大会") && s.contains("会议上") && s.chars().count() < 60),
                "{slug}: dateline paragraph {s}"
            );
        }
        assert!(d.paragraphs.len() >= 20, "{slug}: paragraphs");
    }
}

#[test]
fn corpus_prefixes_do_not_break_anything() {
    // Truncated reports (at many character boundaries) still give consistent structures.
    for (slug, raw) in corpus().into_iter().take(6) {
        let cuts: Vec<usize> = raw
            .char_indices()
            .map(|(i, _)| i)
            .step_by((raw.chars().count() / 25).max(1))
            .collect();
        for cut in cuts {
            let (text, d) = doc(&raw[..cut]);
            check_invariants(&format!("{slug}[..{cut}]"), &text, &d);
        }
    }
}

#[test]
fn odd_inputs() {
    let long_line = "字".repeat(350_000);
    let many_labels = "一、".repeat(100_000);
    let many_lines = "各位代表！\n".repeat(20_000);
    let only_headings =
        "一、回顾\n二、安排\n三、建设\n（一）第一节\n（二）第二节\n1.项目\n——要点\n一是甲\n";
    let deep = (1..=50)
        .map(|i| format!("{i}.条目{i}。内容。\n"))
        .collect::<String>();
    let inputs: Vec<String> = vec![
        String::new(),
        "a".into(),
        "。".into(),
        "\n\n\n".into(),
        "各位代表".into(),
        "——".into(),
        "（".into(),
        "（一".into(),
        "1.".into(),
        "第".into(),
        "第一".into(),
        "附件".into(),
        "名词解释".into(),
        "名词解释\n1.".into(),
        "名词解释\n1.：".into(),
        "注释：\n[1]".into(),
        "政府工作报告".into(),
        "——2024年13月45日在人民代表大会".into(),
        "在人民代表大会会议".into(),
        "区长".into(),
        "二〇二四年".into(),
        "年月日年月日".into(),
        "“十四五”时期工作回顾".into(),
        "一、“十五”".into(),
        long_line.clone(),
        format!("各位代表：\n{long_line}\n"),
        format!("一、{long_line}"),
        format!("提速推进项目建设。{long_line}"),
        many_labels,
        many_lines,
        only_headings.into(),
        deep,
        "\u{FEFF}\r\n政府工作报告\r\n各位代表：\r\n一、2024年工作回顾\r\n".into(),
        "🙂🙂🙂\n一、😀\n（一）😀。😀".into(),
    ];
    for input in &inputs {
        let (text, d) = doc(input);
        check_invariants(&input.chars().take(20).collect::<String>(), &text, &d);
    }
    // Only headings: an outline and no paragraphs.
    let (_, d) = doc(only_headings);
    assert!(d.paragraphs.is_empty());
    assert_eq!(d.headings.iter().filter(|h| h.level == Part).count(), 3);
}

#[test]
fn glossary_terms_are_linked_to_their_occurrences() {
    let text = include_str!("corpus/dongxihu-2024.txt");
    let report = govreport::parse(text).unwrap();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(report.glossary.len(), 8);
    for entry in &report.glossary {
        assert!(
            !entry.occurrences.is_empty(),
            "{} occurs in the body",
            entry.term
        );
        for span in &entry.occurrences {
            let found = String::from_utf16_lossy(&utf16[span[0] as usize..span[1] as usize]);
            let bare: String = found.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(
                entry.term.contains(&bare) || bare.contains(entry.term.trim_matches(['“', '”'])),
                "{found} for {}",
                entry.term
            );
            assert!(
                span[0] < entry.span[0],
                "occurrences are in the body, before the glossary"
            );
        }
    }
}

#[test]
fn city_region_from_a_body_without_head_lines() {
    // The opening sentence names the government with its term.
    let (_, d) = doc(
        "现在，我代表甲乙市第五届人民政府向大会作政府工作报告，请予审议。
一、过去五年工作的回顾
全市经济持续增长。
",
    );
    assert_eq!(d.meta.region.as_deref(), Some("甲乙市"));
    assert_eq!(d.meta.title, None);
    // A meeting named before the dateline (`（…审议稿）`) does not hide the dateline.
    let (_, d) = doc("政府工作报告
（甲乙市第四届人民代表大会第三次会议审议稿）
——2018年2月3日在甲乙市第四届
人民代表大会第三次会议上
各位代表：
现在，我代表市人民政府，向大会报告工作。
");
    assert_eq!(d.meta.region.as_deref(), Some("甲乙市"));
    assert_eq!(d.meta.date.as_deref(), Some("2018-02-03"));
    // Hard-wrapped opening: a wrapped line that mentions 政府工作报告 is no
    // title, so the dateline above the greeting is kept.
    let (_, d) = doc("——2007年3月6日在甲乙市第一届人民代表大会第四次会议上
市长 张三
各位代表：
我代表市人民政府，向大会作政府工作报告，
请予审议，并请市政协委员提出意见。
");
    assert_eq!(d.meta.region.as_deref(), Some("甲乙市"));
    assert_eq!(d.meta.speaker.as_deref(), Some("张三"));
    // Only the government's own plans, cited by title; a name read from the
    // body must be one the gazetteer knows (or recur in the text).
    let (_, d) = doc("各位代表：
现在，我代表市人民政府向大会报告工作。
一、2013年工作回顾
编制了《鹰潭市城市总体规划》，融入《武汉城市圈发展规划》。
");
    assert_eq!(d.meta.region.as_deref(), Some("鹰潭市"));
    assert_eq!(d.meta.region_code.as_deref(), Some("360600"));
    let (_, d) = doc("各位代表：
现在，我代表市人民政府向大会报告工作。
一、2013年工作回顾
编制了《甲乙市城市总体规划》。
");
    assert_eq!(d.meta.region, None);
}

#[test]
fn region_codes_and_the_name_a_report_uses_of_itself() {
    // Head lines: the name as written, its code and level from the gazetteer.
    let (_, d) = doc("——2019年1月10日在恩施州第八届人民代表大会第四次会议上
各位代表：
现在，我代表州人民政府向大会报告工作。
");
    assert_eq!(d.meta.region.as_deref(), Some("恩施州"));
    assert_eq!(d.meta.region_code.as_deref(), Some("422800"));
    assert_eq!(d.meta.level, Some(govreport::Level::City));
    // A former name: the unit's code today.
    let (_, d) = doc("——2006年2月20日在思茅市第一届人民代表大会第四次会议上
各位代表：
");
    assert_eq!(d.meta.region.as_deref(), Some("思茅市"));
    assert_eq!(d.meta.region_code.as_deref(), Some("530800"));
    // No name of its own government: the prefecture it speaks of as itself,
    // not its province nor a neighbour named less often.
    let body = "各位代表：
现在，我代表市人民政府向大会报告工作。
一、2019年工作回顾
一年来，在省委、省政府和市委的坚强领导下，全市人民奋力拼搏，赣州经济持续增长。
赣州苏区振兴取得新成效，赣州与吉安、抚州合作深化，江西全省经济稳中有进。
赣州城市面貌焕然一新。
";
    let (_, d) = doc(body);
    assert_eq!(d.meta.region.as_deref(), Some("赣州市"));
    assert_eq!(d.meta.region_code.as_deref(), Some("360700"));
    // A report of a county names its county, not the prefecture: no region.
    let (_, d) = doc(&body
        .replace("我代表市人民政府", "我代表县人民政府")
        .replace("全市", "全县")
        .replace("市委", "县委"));
    assert_eq!(d.meta.region, None);
    // Two prefectures named as often: no region rather than a wrong one.
    let (_, d) = doc("各位代表：
现在，我代表市人民政府向大会报告工作。
赣州、吉安、赣州、吉安、赣州、吉安，全市经济增长。
");
    assert_eq!(d.meta.region, None);
    // A phrase read as a name (`美丽朔州` in a title) gives way to the city.
    let (_, d) = doc("各位代表：
现在，我代表市人民政府向大会报告工作。
建设《美丽朔州行动计划》。朔州经济增长，朔州城乡面貌改善，全市人民朔州同心。
");
    assert_eq!(d.meta.region.as_deref(), Some("朔州市"));
    assert_eq!(d.meta.region_code.as_deref(), Some("140600"));
    // A county-level city's report that never names its government names
    // itself far more often than its prefecture: not the prefecture.
    let (_, d) = doc(&format!(
        "各位代表：\n现在，我代表市人民政府向大会报告工作。\n{}全市经济增长，融入苏州发展，苏州、苏州。\n",
        "昆山经济增长，".repeat(9)
    ));
    assert_eq!(d.meta.region, None);
    // Words before `市人民政府` are no city's name.
    let (_, d) = doc("各位代表：
现在，我代表市人民政府向大会报告工作。
市人大常委会依法听取审议市人民政府专项工作报告。
");
    assert_eq!(d.meta.region, None);
    // Nor before `县人民政府` in a county's report (with the county table).
    let (_, d) = doc("各位代表：
现在，我代表县人民政府向大会报告工作。
全县上下齐心协力，振兴南部县人民政府各部门通力协作。全县经济增长。
");
    assert_eq!(d.meta.region, None);
}

#[test]
fn part_titles_without_numbering() {
    let (text, d) = doc("各位代表：
现在，我代表市人民政府向大会作工作报告。
过去五年回顾及2016年主要工作
2012年以来，本届政府认真贯彻各项决策部署。
今后五年的目标任务
今后五年，全市生产总值年均增长7%。
2017年主要工作
建议全市主要发展预期目标为：生产总值增长7%以上。
");
    assert_eq!(
        (d.meta.review_year, d.meta.plan_year),
        (Some(2016), Some(2017))
    );
    let plan = d.plan_start.expect("plan part");
    assert!(text[plan..].starts_with("2017年主要工作"));
    // A year that does not follow the review's is no plan title.
    let (_, d) = doc("各位代表：
现在，我代表市人民政府向大会作工作报告。
2016年工作回顾
2016年，全市经济平稳。
2014年主要工作
2014年，全市经济平稳。
");
    assert_eq!(d.meta.plan_year, Some(2017));
}
