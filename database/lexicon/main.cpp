// SPDX-License-Identifier: GPL-3.0-or-later
// huanjiao-lexicon: turns jieba's word list (Debian's python3-jieba,
// dict.txt: "word frequency part-of-speech" a line, MIT/Expat licence) into
// the lexicon search reads questions with, one word a line:
//   高血压 876
// Only Chinese words of at most eight characters are kept, and of those of
// two or more characters only the ones seen at least ten times: enough to
// tell 乙肝|大三阳 from 乙|肝大|三阳, small enough to compile in. Every single
// character is kept, so that a reading can always fall back on characters.

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {

bool isHan(char32_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x20000 && c <= 0x3134F);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: huanjiao-lexicon DICT.TXT OUTPUT\n";
        return 2;
    }
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream(stderr) << "huanjiao-lexicon: cannot read " << args.at(1) << '\n';
        return 1;
    }
    QFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        QTextStream(stderr) << "huanjiao-lexicon: cannot write " << args.at(2) << '\n';
        return 1;
    }
    QTextStream text(&out);
    int kept = 0;
    while (!in.atEnd()) {
        const QString line = QString::fromUtf8(in.readLine()).trimmed();
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() < 2)
            continue;
        const QList<uint> word = parts.at(0).toUcs4();
        bool ok = false;
        const qint64 frequency = parts.at(1).toLongLong(&ok);
        if (!ok || frequency <= 0 || word.isEmpty() || word.size() > 8)
            continue;
        if (!std::all_of(word.begin(), word.end(), [](uint c) { return isHan(c); }))
            continue;
        if (word.size() >= 2 && frequency < 10)
            continue;
        text << parts.at(0) << ' ' << frequency << '\n';
        ++kept;
    }
    if (kept == 0) {
        QTextStream(stderr) << "huanjiao-lexicon: no words in " << args.at(1) << '\n';
        return 1;
    }
    return 0;
}
