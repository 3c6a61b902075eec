// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentLint.h"

#include "ContentSchema.h"
#include "ContentValidator.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace huanjiao {

namespace {

bool isTopicKind(Kind kind)
{
    return isTopic(kind);
}

// Header fields whose text a patient reads. `manufacturer` is a neutral fact
// from a source and may name a company; ids, dates and statuses are not text.
const QStringList &textFields()
{
    static const QStringList list{QStringLiteral("name"),        QStringLiteral("aliases"),
                                  QStringLiteral("lay-names"),   QStringLiteral("summary"),
                                  QStringLiteral("form"),        QStringLiteral("indications"),
                                  QStringLiteral("cautions"),    QStringLiteral("purpose"),
                                  QStringLiteral("preparation")};
    return list;
}

// Fields written as sentences (names and lists are not).
bool isSentenceField(const QString &key)
{
    return key == QLatin1String("summary") || ContentSchema::proseFields().contains(key);
}

// A number with a unit of amount: 5毫克, 0.5 g, 2片, 10 IU. Concentrations
// (g/L, mg/dL) are laboratory values, not doses; a digit glued to a letter
// (维生素D3滴剂) is part of a name.
const QRegularExpression &doseAmount()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![A-Za-z0-9.])\\d+(?:\\.\\d+)?\\s*(?:mg|毫克|微克|μg|ug|克|g|ml|毫升|片|粒|袋|支|滴|单位|IU|喷)"
                       "(?!\\s*/)(?![A-Za-z])"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// How often: 每日3次, 每天两次, 一日一次.
const QRegularExpression &doseFrequency()
{
    static const QRegularExpression re(
        QStringLiteral("(?:每日|每天|一日)\\s*(?:\\d+|[一二两三四五六七八九十]+)\\s*次"));
    return re;
}

// Notes by and for the writers, never patient text.
const QRegularExpression &authoringNote()
{
    static const QRegularExpression re(
        QStringLiteral("待核实|待确认|待补充|待查证|\\bTODO\\b|\\bFIXME\\b|\\bTBD\\b|本条目|本词条|编者注|编者按"
                       "|本品[^。；！？\\n]{0,30}与[^。；！？\\n]{1,20}(?:无关|是两回事)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Where a sentence ends.
const QRegularExpression &sentenceEnd()
{
    static const QRegularExpression re(QStringLiteral("[。！？；!?;\\n]"));
    return re;
}

class Linter
{
    Q_DECLARE_TR_FUNCTIONS(ContentLint)

public:
    Diagnostics run(const ContentSet &set)
    {
        QHash<QString, const SourceRecord *> names; // kind/name -> first record
        for (const auto &record : set.records) {
            if (!isTopicKind(record.kind))
                continue;
            checkRecord(record);
            // One page per medicine, test or condition: two pages of one name
            // (brand pages of one generic) show the reader the same thing twice.
            const QString name = record.source.value(QStringLiteral("name"));
            if (record.kind == Kind::Article || record.kind == Kind::Qa || record.kind == Kind::Leaflet || name.isEmpty())
                continue;
            const QString key = kindName(record.kind) + QLatin1Char('/') + name;
            if (const SourceRecord *first = names.value(key))
                error(record.source.file, record.source.line,
                      tr("a second %1 page named '%2' (the first is %3:%4); make them one page")
                          .arg(kindName(record.kind), name, first->file)
                          .arg(first->line));
            else
                names.insert(key, &record.source);
        }
        std::stable_sort(m_out.begin(), m_out.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return a.file != b.file ? a.file < b.file : a.line < b.line;
        });
        return m_out;
    }

private:
    void error(const QString &file, int line, const QString &message) { m_out.append({file, line, message}); }

    // The line of `offset` in a text that starts on `firstLine`.
    static int lineOf(const QString &text, qsizetype offset, int firstLine)
    {
        return firstLine + int(QStringView(text).left(offset).count(QLatin1Char('\n')));
    }

    void checkRecord(const ContentRecord &record)
    {
        const SourceRecord &src = record.source;
        for (const auto &f : src.fields) {
            if (!textFields().contains(f.key))
                continue;
            checkText(src.file, f.line, f.value, isSentenceField(f.key));
        }
        for (const auto &section : src.sections) {
            checkText(src.file, section.line + 1, section.body, true);
            for (const auto &item : section.items) {
                checkText(src.file, item.line, item.title, true);
                checkText(src.file, item.line + 1, item.body, true);
            }
        }
        if (record.kind == Kind::Condition)
            checkConditionParts(src);
    }

    void checkText(const QString &file, int firstLine, const QString &text, bool sentences)
    {
        if (text.isEmpty())
            return;
        for (const QRegularExpression *re : {&doseAmount(), &doseFrequency()}) {
            for (const auto &m : re->globalMatch(text))
                error(file, lineOf(text, m.capturedStart(), firstLine),
                      tr("'%1' reads as a dose; patient text gives no amounts or frequencies of a medicine "
                         "(write 用药请遵医嘱)")
                          .arg(m.captured()));
        }
        for (const auto &m : authoringNote().globalMatch(text))
            error(file, lineOf(text, m.capturedStart(), firstLine),
                  tr("'%1' is an authoring note, not patient text; resolve it and remove it").arg(m.captured()));
        for (const QString &brand : ContentLint::brandNames()) {
            for (qsizetype at = text.indexOf(brand); at >= 0; at = text.indexOf(brand, at + brand.size()))
                error(file, lineOf(text, at, firstLine),
                      tr("'%1' is a brand name; use the generic name (通用名)").arg(brand));
        }
        if (sentences)
            checkSentences(file, firstLine, text);
    }

    void checkSentences(const QString &file, int firstLine, const QString &text)
    {
        qsizetype start = 0;
        while (start < text.size()) {
            const auto m = sentenceEnd().match(text, start);
            const qsizetype end = m.hasMatch() ? m.capturedStart() : text.size();
            QStringView sentence = QStringView(text).mid(start, end - start).trimmed();
            if (sentence.startsWith(QLatin1String("- ")))
                sentence = sentence.mid(2).trimmed();
            if (sentence.size() > ContentLint::kMaxSentence)
                error(file, lineOf(text, start, firstLine),
                      tr("a sentence of %1 characters (\"%2…\"); the limit is %3: split it")
                          .arg(sentence.size())
                          .arg(sentence.left(12).toString())
                          .arg(ContentLint::kMaxSentence));
            start = end + 1;
        }
    }

    void checkConditionParts(const SourceRecord &src)
    {
        const SourceSection *seekCare = nullptr;
        const SourceSection *questions = nullptr;
        for (const auto &section : src.sections) {
            if (section.key == QLatin1String("seek-care"))
                seekCare = &section;
            else if (section.key == QLatin1String("questions"))
                questions = &section;
        }
        if (seekCare) {
            const bool emergency = std::any_of(seekCare->items.begin(), seekCare->items.end(), [](const SourceItem &i) {
                return i.type == QLatin1String("emergency");
            });
            if (!emergency)
                error(src.file, seekCare->line,
                      tr("'seek-care' has no '### [emergency]' part: name the signs that need 120 or the "
                         "emergency department now"));
        }
        if (!questions) {
            error(src.file, src.line,
                  tr("a condition needs a '## questions' section with %1 to %2 questions to ask the doctor")
                      .arg(ContentLint::kMinQuestions)
                      .arg(ContentLint::kMaxQuestions));
            return;
        }
        int count = 0;
        for (const QString &line : questions->body.split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(QLatin1String("- ")))
                ++count;
        }
        if (count < ContentLint::kMinQuestions || count > ContentLint::kMaxQuestions || !questions->items.isEmpty())
            error(src.file, questions->line,
                  tr("'questions' has %1 questions; write %2 to %3, each as a '- ' line")
                      .arg(count)
                      .arg(ContentLint::kMinQuestions)
                      .arg(ContentLint::kMaxQuestions));
    }

    Diagnostics m_out;
};

} // namespace

Diagnostics ContentLint::check(const ContentSet &set)
{
    return Linter().run(set);
}

const QStringList &ContentLint::brandNames()
{
    static const QStringList names = [] {
        QStringList list;
        QFile file(QStringLiteral(":/huanjiao/lint/brand-names.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the brand-name list is not compiled in");
        for (const QByteArray &raw : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw).section(QLatin1Char('#'), 0, 0).trimmed();
            if (!line.isEmpty())
                list.append(line);
        }
        return list;
    }();
    return names;
}

} // namespace huanjiao
