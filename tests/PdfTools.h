// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm) and zbarimg
// say about a PDF: the handout tests check files the way a reader's tools see
// them. Header-only; each test executable includes it.

#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace PdfTools {

struct Output
{
    bool ok = false;
    QString text;
    QString error;
};

inline Output run(const QString &program, const QStringList &arguments)
{
    Output out;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        out.error = program + QStringLiteral(" is not installed (see packaging/debian12-packages.txt)");
        return out;
    }
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(60000)) {
        out.error = program + QStringLiteral(" timed out");
        return out;
    }
    out.text = QString::fromUtf8(process.readAllStandardOutput());
    out.error = QString::fromUtf8(process.readAllStandardError());
    out.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return out;
}

// The text of pages first..last (from 1; 0 for all).
inline Output text(const QString &pdf, int first = 0, int last = 0)
{
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    args << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args);
}

// Text with all white space removed: lines wrap anywhere in Chinese text.
inline QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

struct Font
{
    QString name;
    bool embedded = false;
};

inline QList<Font> fonts(const QString &pdf, QString *error = nullptr)
{
    QList<Font> list;
    const Output out = run(QStringLiteral("pdffonts"), {pdf});
    if (!out.ok) {
        if (error)
            *error = out.error;
        return list;
    }
    // name type... encoding emb sub uni objnum gen: read the columns from the right.
    const QStringList lines = out.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 2; i < lines.size(); ++i) {
        const QStringList cols = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() < 7)
            continue;
        list.append({cols.first(), cols.at(cols.size() - 5) == QLatin1String("yes")});
    }
    return list;
}

struct Info
{
    int pages = 0;
    QSizeF pageSize; // points
};

inline Info info(const QString &pdf)
{
    Info result;
    const Output out = run(QStringLiteral("pdfinfo"), {pdf});
    const auto pages = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
                           .match(out.text);
    if (pages.hasMatch())
        result.pages = pages.captured(1).toInt();
    const auto size = QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption)
                          .match(out.text);
    if (size.hasMatch())
        result.pageSize = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
    return result;
}

// The QR codes zbarimg reads on page `page` rendered at 150 dpi.
inline QStringList qrCodes(const QString &pdf, int page, const QString &workDir)
{
    const QString prefix = workDir + QStringLiteral("/qr-page");
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                     QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page),
                                     QStringLiteral("-l"), QString::number(page), pdf, prefix});
    const Output out = run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"),
                                                       prefix + QStringLiteral(".png")});
    return out.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace PdfTools
