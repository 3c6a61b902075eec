// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceParser.h"

#include "ContentSchema.h"
#include "TextJoin.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace huanjiao {

namespace {

QString trimRight(const QString &s)
{
    qsizetype end = s.size();
    while (end > 0 && s.at(end - 1).isSpace())
        --end;
    return s.left(end);
}

// Appends a prose line to a block, keeping the line structure that Prose reads.
void appendProse(QString *body, const QString &line)
{
    if (body->isEmpty() && line.trimmed().isEmpty())
        return; // leading blank lines carry nothing
    if (!body->isEmpty())
        body->append(QLatin1Char('\n'));
    body->append(trimRight(line));
}

QString tidyBody(const QString &body)
{
    return trimRight(body);
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(SourceParser)

public:
    Parser(const QString &file, Diagnostics *diagnostics)
        : m_file(file)
        , m_diagnostics(diagnostics)
    {
    }

    QList<SourceRecord> run(const QString &text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            handle(line, i + 1);
        }
        finishRecord();
        return m_records;
    }

private:
    enum class State { Outside, Header, Sections };

    void error(int line, const QString &message) { m_diagnostics->append({m_file, line, message}); }

    void handle(const QString &line, int number)
    {
        if (line.startsWith(QLatin1String("#!")))
            return;
        if (line.startsWith(QLatin1Char('@'))) {
            startRecord(line, number);
            return;
        }
        switch (m_state) {
        case State::Outside:
            if (!line.trimmed().isEmpty())
                error(number, tr("text outside a record; a record starts with '@kind id'"));
            return;
        case State::Header:
            headerLine(line, number);
            return;
        case State::Sections:
            sectionLine(line, number);
            return;
        }
    }

    void startRecord(const QString &line, int number)
    {
        finishRecord();
        static const QRegularExpression re(QStringLiteral("^@(\\S+)(?:\\s+(\\S+))?\\s*$"));
        const auto m = re.match(line);
        if (!m.hasMatch() || m.captured(2).isEmpty()) {
            error(number, tr("a record starts with '@kind id'"));
            m_state = State::Outside;
            return;
        }
        m_record = SourceRecord{m_file, number, m.captured(1), m.captured(2), {}, {}};
        m_haveRecord = true;
        m_state = State::Header;
    }

    void headerLine(const QString &line, int number)
    {
        if (line.startsWith(QLatin1String("## "))) {
            m_state = State::Sections;
            sectionLine(line, number);
            return;
        }
        if (line.trimmed().isEmpty())
            return;
        if (line.startsWith(QLatin1String("  "))) {
            if (m_record.fields.isEmpty()) {
                error(number, tr("continuation line with no field before it"));
                return;
            }
            auto &last = m_record.fields.last();
            last.value = joinWrapped(last.value, line.trimmed());
            return;
        }
        static const QRegularExpression re(QStringLiteral("^([a-z][a-z0-9-]*)\\s*[:\uFF1A](.*)$"));
        const auto m = re.match(line);
        if (!m.hasMatch()) {
            error(number, tr("expected 'key: value' or a '## section' heading"));
            return;
        }
        m_record.fields.append({ContentSchema::currentFieldKey(m.captured(1)), m.captured(2).trimmed(), number});
    }

    void sectionLine(const QString &line, int number)
    {
        if (line.startsWith(QLatin1String("## "))) {
            m_record.sections.append({line.mid(3).trimmed(), {}, {}, number});
            return;
        }
        auto &section = m_record.sections.last();
        if (line.startsWith(QLatin1String("### "))) {
            static const QRegularExpression typed(QStringLiteral("^\\[([^\\]]*)\\]\\s*(.*)$"));
            const QString rest = line.mid(4).trimmed();
            const auto m = typed.match(rest);
            SourceItem item;
            item.line = number;
            if (m.hasMatch()) {
                item.type = m.captured(1).trimmed();
                item.title = m.captured(2).trimmed();
            } else {
                item.title = rest;
            }
            section.items.append(item);
            return;
        }
        if (line.startsWith(QLatin1Char('#'))) {
            error(number, tr("only '## section' and '### item' headings are allowed"));
            return;
        }
        if (section.items.isEmpty())
            appendProse(&section.body, line);
        else
            appendProse(&section.items.last().body, line);
    }

    void finishRecord()
    {
        if (!m_haveRecord)
            return;
        for (auto &section : m_record.sections) {
            section.body = tidyBody(section.body);
            for (auto &item : section.items)
                item.body = tidyBody(item.body);
        }
        m_records.append(m_record);
        m_haveRecord = false;
    }

    QString m_file;
    Diagnostics *m_diagnostics;
    QList<SourceRecord> m_records;
    SourceRecord m_record;
    bool m_haveRecord = false;
    State m_state = State::Outside;
};

} // namespace

QList<SourceRecord> SourceParser::parse(const QString &fileName, const QByteArray &data,
                                        Diagnostics *diagnostics)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        // Report the line of the first bad byte: that is where an editor must look.
        const qsizetype bad = [&] {
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (text.at(i) == QChar::ReplacementCharacter)
                    return i;
            }
            return qsizetype(0);
        }();
        const int line = int(text.left(bad).count(QLatin1Char('\n'))) + 1;
        diagnostics->append({fileName, line, tr("not valid UTF-8 text; save the file as UTF-8")});
        return {};
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return Parser(fileName, diagnostics).run(text);
}

} // namespace huanjiao
