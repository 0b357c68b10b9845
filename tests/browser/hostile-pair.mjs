// Two consecutive reports of a made-up city whose text carries markup and entities
// (for the comparison and panel tests): the figures are real enough for panel().

export function hostile(year, region = '<img src=x onerror="window.__pwned=1">示例市') {
  return [
    `${year + 1}年${region}政府工作报告`,
    `——${year + 1}年1月10日在${region}第一届人民代表大会第${year - 2020}次会议上`,
    '一、' + year + '年工作回顾',
    `全市地区生产总值增长${year === 2024 ? '5.2' : '4.1'}%<img src=x onerror=window.__pwned=5>，城镇新增就业1.2万人。`,
    '二、' + (year + 1) + '年工作安排',
    `${year + 1}年经济社会发展的主要预期目标是：地区生产总值增长5%左右<script>window.__pwned=2</script>，城镇新增就业1万人以上，居民消费价格涨幅3%左右 &lt;b&gt; &amp;。`,
  ].join('\n');
}
