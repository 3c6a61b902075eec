// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticContent.h"

#include <QRandomGenerator>
#include <QSet>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace huanjiao {

namespace {

struct Part
{
    const char *zh;
    const char *en;
};

const Part kModifiers[] = {
    {"急性", "acute"}, {"慢性", "chronic"}, {"原发性", "primary"}, {"继发性", "secondary"}, {"特发性", "idiopathic"},
    {"遗传性", "hereditary"}, {"良性", "benign"}, {"复发性", "recurrent"}, {"老年性", "senile"}, {"儿童", "childhood"},
    {"先天性", "congenital"}, {"感染性", "infectious"}, {"过敏性", "allergic"}, {"阵发性", "paroxysmal"},
    {"功能性", "functional"}, {"反流性", "reflux"}, {"创伤性", "traumatic"}, {"萎缩性", "atrophic"},
    {"出血性", "haemorrhagic"}, {"妊娠期", "gestational"},
};
const Part kSites[] = {
    {"面神经", "facial nerve"}, {"三叉神经", "trigeminal"}, {"眼睑", "eyelid"}, {"角膜", "corneal"}, {"视神经", "optic"},
    {"中耳", "middle ear"}, {"鼻窦", "sinus"}, {"咽喉", "throat"}, {"扁桃体", "tonsil"}, {"牙龈", "gingival"},
    {"颈椎", "cervical"}, {"腰椎", "lumbar"}, {"肩关节", "shoulder"}, {"膝关节", "knee"}, {"踝关节", "ankle"},
    {"胃", "gastric"}, {"十二指肠", "duodenal"}, {"结肠", "colonic"}, {"胆囊", "gallbladder"}, {"胰腺", "pancreatic"},
    {"肝", "hepatic"}, {"肾", "renal"}, {"膀胱", "bladder"}, {"前列腺", "prostate"}, {"甲状腺", "thyroid"},
    {"肾上腺", "adrenal"}, {"心肌", "myocardial"}, {"心包", "pericardial"}, {"冠状动脉", "coronary"}, {"肺", "pulmonary"},
    {"支气管", "bronchial"}, {"胸膜", "pleural"}, {"皮肤", "skin"}, {"毛囊", "follicular"}, {"脑", "cerebral"},
    {"脊髓", "spinal cord"}, {"周围神经", "peripheral nerve"}, {"肌肉", "muscle"}, {"血管", "vascular"},
    {"淋巴结", "lymph node"}, {"子宫", "uterine"}, {"卵巢", "ovarian"}, {"乳腺", "breast"}, {"输卵管", "tubal"},
    {"口腔黏膜", "oral mucosa"}, {"食管", "oesophageal"}, {"静脉", "venous"}, {"骨", "bone"},
};
const Part kTypes[] = {
    {"炎", "inflammation"}, {"痛", "pain"}, {"痉挛", "spasm"}, {"综合征", "syndrome"}, {"功能障碍", "dysfunction"},
    {"结石", "stones"}, {"囊肿", "cyst"}, {"出血", "bleeding"}, {"麻痹", "palsy"}, {"萎缩", "atrophy"},
    {"增生", "hyperplasia"}, {"溃疡", "ulcer"}, {"感染", "infection"}, {"硬化", "sclerosis"}, {"损伤", "injury"},
    {"狭窄", "stenosis"}, {"息肉", "polyp"}, {"水肿", "oedema"}, {"结节", "nodule"}, {"病变", "disease"},
};
const char *const kSubtypes[] = {"", "Ⅰ型", "Ⅱ型", "Ⅲ型", "甲型", "乙型", "（轻型）", "（重型）"};

const char *const kSentences[] = {
    "%1是一种需要规范诊治的疾病，多数患者经过及时治疗可以得到良好控制。",
    "早期症状常不典型，容易被忽视，出现持续不适时应尽早就诊。",
    "医生会根据病史、体格检查和必要的辅助检查明确诊断，并排除其他相似疾病。",
    "治疗方法包括药物治疗、物理治疗和生活方式调整，少数患者需要手术。",
    "规律作息、均衡饮食、适量运动和戒烟限酒，有助于减少%1的发作。",
    "如果症状突然加重，或伴有高热、剧烈疼痛、意识改变，请立即就医。",
    "%1的病因与年龄、遗传、感染、劳累和精神压力等多种因素有关。",
    "用药请遵医嘱，不要自行加量、减量或停药，定期复诊评估效果。",
};

// What patients say: lay prefixes for names, and complaints (real content has
// three to six lay names, a few search terms and three or four symptom words
// per condition; many conditions share a complaint, as real ones do).
const char *const kLayPrefixes[] = {"老", "小", "大", "慢", "急"};
const char *const kComplaints[] = {
    "头疼", "头晕", "发烧", "咳嗽", "拉肚子", "肚子疼", "胸闷", "心慌", "气短", "乏力", "失眠", "嗓子疼",
    "流鼻涕", "打喷嚏", "腰疼", "腿麻", "手抖", "恶心", "呕吐", "便秘", "尿频", "尿痛", "皮肤痒", "起疹子",
    "关节疼", "脖子疼", "眼睛干", "耳鸣", "牙疼", "口干", "消瘦", "水肿", "出汗多", "怕冷", "胃胀", "反酸",
    "烧心", "抽筋", "眼皮跳", "脸抽",
};

const char *const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
                                 "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
const char *const kGiven[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
                              "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "建", "文", "辉", "玲", "晓", "红",
                              "波", "宁", "琳", "莹", "龙", "春", "雪", "婷", "鹏", "飞"};
const char *const kCities[] = {"北京", "上海", "广州", "深圳", "杭州", "南京", "武汉", "成都", "西安", "长沙",
                               "郑州", "济南", "沈阳", "昆明", "南昌", "福州", "合肥", "太原", "兰州", "贵阳"};
const char *const kDrugStems[] = {"阿莫", "头孢", "布洛", "对乙酰", "奥美", "雷贝", "氯雷", "西替", "甲硝", "左氧",
                                  "阿奇", "美托", "氨氯", "缬沙", "二甲", "格列", "阿托", "瑞舒", "氯吡", "泮托"};
const char *const kDrugEnds[] = {"西林", "他定", "拉唑", "洛芬", "沙星", "霉素", "地平", "坦", "双胍", "他汀"};
const char *const kForms[] = {"片", "胶囊", "颗粒", "注射液", "口服液", "缓释片", "分散片", "软膏"};
const char *const kTestParts[] = {"超声", "CT", "磁共振", "X线", "内镜", "功能检查", "抗体检测", "激素测定"};

QString zh(const char *text)
{
    return QString::fromUtf8(text);
}

// A sentence template with the condition's name where it has %1.
QString sentence(const char *text, const QString &name)
{
    return zh(text).replace(QStringLiteral("%1"), name);
}

SourceRecord record(const QString &kind, const QString &id, const QList<QPair<QString, QString>> &fields)
{
    SourceRecord r;
    r.file = QStringLiteral("synthetic");
    r.kind = kind;
    r.id = id;
    for (const auto &[key, value] : fields)
        r.fields.append({key, value, 0});
    return r;
}

QString topicDate(QRandomGenerator &random)
{
    return QStringLiteral("2026-%1-%2")
        .arg(random.bounded(1, 12), 2, 10, QLatin1Char('0'))
        .arg(random.bounded(1, 28), 2, 10, QLatin1Char('0'));
}

// Names: modifier + site + type (+ subtype), enumerated in a shuffled order
// so neighbouring conditions differ, without repeats.
constexpr int kCombinations = int(std::size(kModifiers) * std::size(kSites) * std::size(kTypes) * std::size(kSubtypes));

struct ConditionParts
{
    const Part &modifier;
    const Part &site;
    const Part &type;
    QString name;
};

ConditionParts conditionParts(int i)
{
    const quint32 stride = 7919; // prime, coprime with the count: visits every combination once
    const int c = int((quint64(i) * stride + 13) % quint64(kCombinations));
    const Part &modifier = kModifiers[c % std::size(kModifiers)];
    const Part &site = kSites[(c / std::size(kModifiers)) % std::size(kSites)];
    const Part &type = kTypes[(c / (std::size(kModifiers) * std::size(kSites))) % std::size(kTypes)];
    const char *subtype = kSubtypes[(c / (std::size(kModifiers) * std::size(kSites) * std::size(kTypes))) % std::size(kSubtypes)];
    return {modifier, site, type,
            zh(modifier.zh) + zh(site.zh) + zh(type.zh) + zh(subtype) + (i >= kCombinations ? QString::number(i) : QString())};
}

// Records handed on a thousand at a time.
constexpr int kBatch = 1000;

} // namespace

ContentMeta SyntheticContent::meta()
{
    return {QStringLiteral("synthetic"), QStringLiteral("合成测试内容"), QStringLiteral("bench.1"), true};
}

ContentSet SyntheticContent::generate(const Progress &progress) const
{
    ContentSet set;
    set.meta = meta();
    generate([&set](const QList<ContentRecord> &batch) {
        set.records += batch;
        return true;
    }, progress);
    report(progress, QStringLiteral("Generating conditions"), conditions, conditions);
    return set;
}

qint64 SyntheticContent::recordCount() const
{
    qint64 count = 0;
    generateCounting(&count);
    return count;
}

bool SyntheticContent::generate(const Sink &sink, const Progress &progress) const
{
    return generateTo(sink, progress, nullptr);
}

bool SyntheticContent::generateAhead(const Sink &sink) const
{
    constexpr size_t kAhead = 4; // batches made and not yet written: memory stays flat
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QList<ContentRecord>> ready;
    bool made = false;    // the maker has handed on its last batch
    bool stopped = false; // the sink refused one: the maker stops early
    std::thread maker([&] {
        generate([&](const QList<ContentRecord> &batch) {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return stopped || ready.size() < kAhead; });
            if (stopped)
                return false;
            ready.push_back(batch);
            changed.notify_all();
            return true;
        });
        const std::lock_guard lock(mutex);
        made = true;
        changed.notify_all();
    });
    bool ok = true;
    for (;;) {
        QList<ContentRecord> batch;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return made || !ready.empty(); });
            if (ready.empty())
                break;
            batch = std::move(ready.front());
            ready.pop_front();
            changed.notify_all();
        }
        if (!sink(batch)) {
            ok = false;
            const std::lock_guard lock(mutex);
            stopped = true;
            changed.notify_all();
            break;
        }
    }
    maker.join();
    return ok;
}

void SyntheticContent::generateCounting(qint64 *count) const
{
    generateTo({}, {}, count);
}

bool SyntheticContent::generateTo(const Sink &sink, const Progress &progress, qint64 *count) const
{
    QRandomGenerator random(seed);
    QList<ContentRecord> batch;
    bool ok = true;
    // Counting only: the records of each kind are counted, not made.
    const bool counting = count != nullptr;
    auto flush = [&] {
        if (ok && !batch.isEmpty() && sink)
            ok = sink(batch);
        batch.clear();
        return ok;
    };
    auto add = [&](Kind kind, const SourceRecord &r) {
        batch.append({kind, r});
        if (batch.size() >= kBatch)
            flush();
    };

    // Other kinds in proportion to the conditions, scaled when `others` asks for a count.
    constexpr double kOthersPerCondition = 1.0 / 500 + 1.0 / 5 + 1.0 / 10 + 1.0 / 20 + 2.0 / 5;
    const double scale = others > 0 ? others / (kOthersPerCondition * conditions) : 1.0;
    auto scaled = [&](int count) { return int(count * scale); };
    const int hospitals = qMax(5, scaled(conditions / 500));
    const int doctors = qMax(10, scaled(conditions / 5));
    const int drugs = qMax(10, scaled(conditions / 10));
    const int tests = qMax(10, scaled(conditions / 20));
    const int articles = scaled(conditions / 5);
    if (counting) {
        *count = 1 + 4 + hospitals + doctors + drugs + tests + qint64(conditions) + 2 * qint64(qMax(0, articles));
        return true;
    }

    add(Kind::Source, record(QStringLiteral("source"), QStringLiteral("synthetic"), {{QStringLiteral("name"), zh("合成数据")}}));
    const QStringList departments{QStringLiteral("internal-medicine"), QStringLiteral("surgery"),
                                  QStringLiteral("obstetrics-gynecology"), QStringLiteral("psychiatry")};
    const QStringList departmentNames{zh("内科"), zh("外科"), zh("妇产科"), zh("精神科")};
    for (int i = 0; i < departments.size(); ++i)
        add(Kind::Department, record(QStringLiteral("department"), departments.at(i), {{QStringLiteral("name"), departmentNames.at(i)}}));

    for (int i = 0; i < hospitals; ++i) {
        const QString city = zh(kCities[i % std::size(kCities)]);
        add(Kind::Hospital, record(QStringLiteral("hospital"), QStringLiteral("h%1").arg(i),
                                   {{QStringLiteral("name"), zh("%1市第%2人民医院").arg(city).arg(i / int(std::size(kCities)) + 1)},
                                    {QStringLiteral("city"), city}}));
    }

    for (int i = 0; i < doctors; ++i) {
        const QString name = zh(kSurnames[random.bounded(int(std::size(kSurnames)))])
            + zh(kGiven[random.bounded(int(std::size(kGiven)))])
            + (random.bounded(2) ? zh(kGiven[random.bounded(int(std::size(kGiven)))]) : QString());
        add(Kind::Doctor, record(QStringLiteral("doctor"), QStringLiteral("d%1").arg(i),
                                 {{QStringLiteral("name"), name},
                                  {QStringLiteral("clinical-title"), random.bounded(2) ? zh("主任医师") : zh("副主任医师")},
                                  {QStringLiteral("works-at"), QStringLiteral("h%1").arg(random.bounded(hospitals))},
                                  {QStringLiteral("department"), departments.at(random.bounded(int(departments.size())))},
                                  {QStringLiteral("specialty"), zh("擅长%1等疾病的诊治").arg(zh(kSites[random.bounded(int(std::size(kSites)))].zh))}}));
    }

    for (int i = 0; i < drugs; ++i) {
        const QString name = zh(kDrugStems[random.bounded(int(std::size(kDrugStems)))])
            + zh(kDrugEnds[random.bounded(int(std::size(kDrugEnds)))]) + zh(kForms[random.bounded(int(std::size(kForms)))]);
        SourceRecord r = record(QStringLiteral("drug"), QStringLiteral("m%1").arg(i),
                                {{QStringLiteral("name"), name},
                                 {QStringLiteral("manufacturer"), zh("%1医药有限公司").arg(zh(kCities[random.bounded(int(std::size(kCities)))]))},
                                 {QStringLiteral("form"), zh("片剂")},
                                 {QStringLiteral("indications"), zh("用于%1相关疾病。").arg(zh(kSites[random.bounded(int(std::size(kSites)))].zh))},
                                 {QStringLiteral("cautions"), zh("请遵医嘱使用。")},
                                 {QStringLiteral("source"), QStringLiteral("synthetic")},
                                 {QStringLiteral("updated"), topicDate(random)},
                                 {QStringLiteral("status"), QStringLiteral("sample")}});
        add(Kind::Drug, r);
    }

    for (int i = 0; i < tests; ++i) {
        SourceRecord r = record(QStringLiteral("test"), QStringLiteral("t%1").arg(i),
                                {{QStringLiteral("name"), zh(kSites[i % std::size(kSites)].zh) + zh(kTestParts[(i / std::size(kSites)) % std::size(kTestParts)])
                                                              + (i >= int(std::size(kSites) * std::size(kTestParts)) ? QString::number(i) : QString())},
                                 {QStringLiteral("summary"), zh("一项常用的检查。")},
                                 {QStringLiteral("purpose"), zh("帮助明确诊断。")},
                                 {QStringLiteral("source"), QStringLiteral("synthetic")},
                                 {QStringLiteral("updated"), topicDate(random)},
                                 {QStringLiteral("status"), QStringLiteral("sample")}});
        r.sections.append({QStringLiteral("overview"), zh("检查前请按医生要求做好准备。"), {}, 0});
        add(Kind::Test, r);
    }

    for (int i = 0; i < conditions && ok; ++i) {
        if (i % 1000 == 0)
            report(progress, QStringLiteral("Generating conditions"), i, conditions);
        const ConditionParts parts = conditionParts(i);
        const Part &modifier = parts.modifier;
        const Part &site = parts.site;
        const Part &type = parts.type;
        const QString &name = parts.name;
        const QString english = QStringLiteral("%1 %2 %3").arg(QLatin1String(modifier.en), QLatin1String(site.en), QLatin1String(type.en));
        QString aliases = zh(site.zh) + zh(type.zh) + zh(modifier.zh).left(1);
        if (random.bounded(2))
            aliases += QStringLiteral(", ") + zh(modifier.zh) + zh(site.zh) + zh("病");
        const QString stem = zh(site.zh) + zh(type.zh);
        QString layNames = zh(kLayPrefixes[random.bounded(int(std::size(kLayPrefixes)))]) + stem + QStringLiteral(", ")
            + zh(site.zh) + zh("不好") + QStringLiteral(", ") + zh(modifier.zh).left(1) + zh(site.zh).left(1) + zh(type.zh).left(1);
        if (random.bounded(2))
            layNames += QStringLiteral(", ") + QLatin1String(site.en) + QLatin1Char(' ') + QLatin1String(type.en);
        // A miswriting: the name with one character doubled, as a slip of the keyboard.
        const QString miswriting = name.left(2) + name.mid(1);
        QStringList complaints;
        for (int k = 0; k < 3; ++k)
            complaints << zh(kComplaints[random.bounded(int(std::size(kComplaints)))]);
        complaints.removeDuplicates();
        SourceRecord r = record(QStringLiteral("condition"), QStringLiteral("c%1").arg(i),
                                {{QStringLiteral("name"), name},
                                 {QStringLiteral("english"), english},
                                 {QStringLiteral("aliases"), aliases},
                                 {QStringLiteral("lay-names"), layNames},
                                 {QStringLiteral("search-terms"), miswriting},
                                 {QStringLiteral("symptom-words"), complaints.join(QStringLiteral(", "))},
                                 {QStringLiteral("department"), departments.at(random.bounded(int(departments.size())))},
                                 {QStringLiteral("summary"), sentence(kSentences[0], name)},
                                 {QStringLiteral("source"), QStringLiteral("synthetic")},
                                 {QStringLiteral("updated"), topicDate(random)},
                                 {QStringLiteral("status"), QStringLiteral("sample")},
                                 {QStringLiteral("treated-by"), QStringLiteral("d%1, d%2").arg(random.bounded(doctors / 2)).arg(doctors / 2 + random.bounded(doctors / 2))},
                                 {QStringLiteral("treated-with"), QStringLiteral("m%1").arg(random.bounded(drugs))},
                                 {QStringLiteral("diagnosed-by"), QStringLiteral("t%1").arg(random.bounded(tests))}});
        for (const char *key : {"overview", "symptoms", "causes", "diagnosis", "treatments", "care", "seek-care", "prevention"}) {
            QString body;
            for (int s = 0; s < 2; ++s)
                body += sentence(kSentences[random.bounded(int(std::size(kSentences)))], name);
            r.sections.append({QLatin1String(key), body, {}, 0});
        }
        add(Kind::Condition, r);
    }

    // Articles and questions about a fifth of the conditions each.
    for (int i = 0; i < articles && ok; ++i) {
        const int about = random.bounded(conditions);
        const QString aboutName = conditionParts(about).name;
        SourceRecord article = record(QStringLiteral("article"), QStringLiteral("a%1").arg(i),
                                      {{QStringLiteral("name"), zh("%1的日常护理").arg(aboutName)},
                                       {QStringLiteral("summary"), sentence(kSentences[4], aboutName)},
                                       {QStringLiteral("about"), QStringLiteral("c%1").arg(about)},
                                       {QStringLiteral("source"), QStringLiteral("synthetic")},
                                       {QStringLiteral("updated"), topicDate(random)},
                                       {QStringLiteral("status"), QStringLiteral("sample")}});
        article.sections.append({QStringLiteral("body"), zh(kSentences[3]) + zh(kSentences[5]), {}, 0});
        add(Kind::Article, article);
        const int asked = random.bounded(conditions);
        const QString askedName = conditionParts(asked).name;
        SourceRecord qa = record(QStringLiteral("qa"), QStringLiteral("q%1").arg(i),
                                 {{QStringLiteral("name"), zh("%1能治好吗？").arg(askedName)},
                                  {QStringLiteral("about"), QStringLiteral("c%1").arg(asked)},
                                  {QStringLiteral("answered-by"), QStringLiteral("d%1").arg(random.bounded(doctors))},
                                  {QStringLiteral("source"), QStringLiteral("synthetic")},
                                  {QStringLiteral("updated"), topicDate(random)},
                                  {QStringLiteral("status"), QStringLiteral("sample")}});
        qa.sections.append({QStringLiteral("answer"), zh(kSentences[2]) + zh(kSentences[7]), {}, 0});
        add(Kind::Qa, qa);
    }
    return flush();
}

} // namespace huanjiao
