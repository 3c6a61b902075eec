// SPDX-License-Identifier: GPL-3.0-or-later
// huanjiao-unihan: turns Unihan's readings (Debian's unicode-data package)
// into the pinyin table the library is compiled with, as C++ data
// (PinyinData.cpp, declared in PinyinData.h): characters in code-point
// order, each an index range into one list of readings, each reading an
// index into the ~400 syllables.
// Readings are toneless; the first is kMandarin's (the most common, used for
// sorting), then every other modern reading from kXHC1983 and kTGHZ2013
// (the Xiandai Hanyu Cidian and the Tongyong Guifan Hanzi Biao).

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>

namespace {

// ü is written v, as on pinyin keyboards; other tone marks are dropped.
QString toneless(const QString &reading)
{
    QString s = reading;
    for (const QChar u : {QChar(0x00FC), QChar(0x01D6), QChar(0x01D8), QChar(0x01DA), QChar(0x01DC)})
        s.replace(u, QLatin1Char('v'));
    s = s.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : s) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

bool isHan(uint codepoint)
{
    return (codepoint >= 0x3400 && codepoint <= 0x4DBF) || (codepoint >= 0x4E00 && codepoint <= 0x9FFF)
        || (codepoint >= 0x20000 && codepoint <= 0x2EBEF);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: huanjiao-unihan Unihan_Readings.txt OUTPUT\n";
        return 2;
    }
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream(stderr) << "huanjiao-unihan: cannot read " << args.at(1) << ": " << in.errorString() << '\n';
        return 1;
    }
    struct Readings
    {
        QString mandarin;
        QStringList dictionary;
    };
    QMap<uint, Readings> table;
    static const QRegularExpression located(QStringLiteral("^[0-9.,*]+:")); // 1092.070*,1092.071:sōng
    QTextStream stream(&in);
    stream.setEncoding(QStringConverter::Utf8);
    while (!stream.atEnd()) {
        const QString line = stream.readLine();
        if (!line.startsWith(QLatin1String("U+")))
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() < 3)
            continue;
        bool ok = false;
        const uint codepoint = parts.at(0).mid(2).toUInt(&ok, 16);
        if (!ok || !isHan(codepoint))
            continue;
        const QString &field = parts.at(1);
        if (field == QLatin1String("kMandarin")) {
            table[codepoint].mandarin = toneless(parts.at(2).split(QLatin1Char(' ')).first());
        } else if (field == QLatin1String("kXHC1983") || field == QLatin1String("kTGHZ2013")) {
            for (const QString &entry : parts.at(2).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                QString reading = entry;
                reading.remove(located);
                table[codepoint].dictionary.append(toneless(reading));
            }
        }
    }
    // Characters in code-point order (QMap's), each with its readings.
    QStringList syllables;
    QHash<QString, int> syllableIndex;
    QStringList characterRows;
    QList<int> readingIndex;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        QStringList readings;
        if (!it->mandarin.isEmpty())
            readings.append(it->mandarin);
        readings += it->dictionary;
        readings.removeDuplicates();
        readings.removeAll(QString());
        if (readings.isEmpty())
            continue;
        characterRows.append(QStringLiteral("{0x%1, %2, %3}")
                                 .arg(QString::number(it.key(), 16).toUpper())
                                 .arg(readingIndex.size())
                                 .arg(readings.size()));
        for (const QString &reading : std::as_const(readings)) {
            // Written into the table as a C string literal.
            static const QRegularExpression letters(QRegularExpression::anchoredPattern(QStringLiteral("[a-z]+")));
            if (!letters.match(reading).hasMatch()) {
                QTextStream(stderr) << "huanjiao-unihan: unexpected reading '" << reading << "' of U+"
                                    << QString::number(it.key(), 16).toUpper() << '\n';
                return 1;
            }
            auto found = syllableIndex.constFind(reading);
            if (found == syllableIndex.constEnd()) {
                found = syllableIndex.insert(reading, int(syllables.size()));
                syllables.append(reading);
            }
            readingIndex.append(*found);
        }
    }
    if (characterRows.size() < 20000) {
        QTextStream(stderr) << "huanjiao-unihan: only " << characterRows.size()
                            << " characters read; is unicode-data complete?\n";
        return 1;
    }
    if (syllables.size() > 0xFFFF) {
        QTextStream(stderr) << "huanjiao-unihan: " << syllables.size() << " syllables do not fit the table\n";
        return 1;
    }
    QFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream(stderr) << "huanjiao-unihan: cannot write " << args.at(2) << '\n';
        return 1;
    }
    QTextStream os(&out);
    os << "// Generated by huanjiao-unihan from Unihan_Readings.txt; do not edit.\n"
          "#include \"PinyinData.h\"\n\n"
          "namespace huanjiao::pinyindata {\n\n"
          "const Character characters[] = {\n";
    for (const QString &row : std::as_const(characterRows))
        os << row << ",\n";
    os << "};\nconst std::size_t characterCount = " << characterRows.size() << ";\n\n"
       << "const quint16 readings[] = {\n";
    for (qsizetype i = 0; i < readingIndex.size(); ++i)
        os << readingIndex.at(i) << (i % 16 == 15 ? ",\n" : ", ");
    os << "\n};\n\nconst char *const syllables[] = {\n";
    for (const QString &syllable : std::as_const(syllables))
        os << '"' << syllable << "\",\n";
    os << "};\nconst std::size_t syllableCount = " << syllables.size() << ";\n\n"
       << "} // namespace huanjiao::pinyindata\n";
    os.flush();
    if (out.error() != QFileDevice::NoError) {
        QTextStream(stderr) << "huanjiao-unihan: cannot write " << args.at(2) << ": " << out.errorString() << '\n';
        return 1;
    }
    return 0;
}
