// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Content made up for tests that need more rows than the bundled content has.

#include "ContentSet.h"

namespace huanjiao::GeneratedContent {

inline SourceRecord record(const QString &kind, const QString &id, const QList<QPair<QString, QString>> &fields,
                    const QList<SourceSection> &sections = {})
{
    SourceRecord r;
    r.file = QStringLiteral("generated.md");
    r.kind = kind;
    r.id = id;
    for (const auto &[key, value] : fields)
        r.fields.append({key, value, 0});
    r.sections = sections;
    return r;
}

// A content set of `count` conditions spread over two departments with
// sub-departments, named so that every pinyin initial and a digit occur, all
// treated by one busy doctor.
inline ContentSet conditions(int count)
{
    ContentSet set;
    set.meta = {QStringLiteral("generated"), QStringLiteral("生成"), QStringLiteral("1"), true};
    auto add = [&set](Kind kind, const SourceRecord &r) { set.records.append({kind, r}); };
    add(Kind::Source, record(QStringLiteral("source"), QStringLiteral("s"), {{QStringLiteral("name"), QStringLiteral("编辑部")}}));
    add(Kind::Department, record(QStringLiteral("department"), QStringLiteral("top-a"), {{QStringLiteral("name"), QStringLiteral("内科")}}));
    add(Kind::Department, record(QStringLiteral("department"), QStringLiteral("top-b"), {{QStringLiteral("name"), QStringLiteral("外科")}}));
    const QStringList children{QStringLiteral("top-a"), QStringLiteral("top-a"), QStringLiteral("top-b")};
    for (int i = 0; i < children.size(); ++i) {
        add(Kind::Department, record(QStringLiteral("department"), QStringLiteral("child-%1").arg(i),
                                     {{QStringLiteral("name"), QStringLiteral("科%1").arg(i)},
                                      {QStringLiteral("parent"), children.at(i)}}));
    }
    add(Kind::Hospital, record(QStringLiteral("hospital"), QStringLiteral("h"),
                               {{QStringLiteral("name"), QStringLiteral("生成医院")}, {QStringLiteral("city"), QStringLiteral("南昌")}}));
    add(Kind::Doctor, record(QStringLiteral("doctor"), QStringLiteral("busy"),
                             {{QStringLiteral("name"), QStringLiteral("忙医生")},
                              {QStringLiteral("clinical-title"), QStringLiteral("主任医师")},
                              {QStringLiteral("works-at"), QStringLiteral("h")},
                              {QStringLiteral("department"), QStringLiteral("child-0")},
                              {QStringLiteral("specialty"), QStringLiteral("全部")}}));
    // One character per initial (no pinyin starts with i, u or v) and a digit for '#'.
    const QString firsts = QStringLiteral("阿白草大鹅发高海鸡开蓝马牛欧皮七日三天王西羊中3");
    QList<SourceSection> sections;
    for (const char *key : {"overview", "symptoms", "causes", "diagnosis", "treatments", "care", "seek-care", "prevention"})
        sections.append({QLatin1String(key), QStringLiteral("说明。"), {}, 0});
    for (int i = 0; i < count; ++i) {
        const QString name = firsts.at(i % firsts.size()) + QStringLiteral("病%1").arg(i);
        add(Kind::Condition,
            record(QStringLiteral("condition"), QStringLiteral("c%1").arg(i),
                   {{QStringLiteral("name"), name},
                    {QStringLiteral("english"), QStringLiteral("Condition %1").arg(i)},
                    {QStringLiteral("department"), QStringLiteral("child-%1").arg(i % 3)},
                    {QStringLiteral("summary"), QStringLiteral("摘要。")},
                    {QStringLiteral("source"), QStringLiteral("s")},
                    {QStringLiteral("updated"), QStringLiteral("2026-01-01")},
                    {QStringLiteral("status"), QStringLiteral("sample")},
                    {QStringLiteral("treated-by"), QStringLiteral("doctor/busy")}},
                   sections));
    }
    return set;
}

} // namespace huanjiao::GeneratedContent
