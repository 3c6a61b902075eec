// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfExport.h"

#include "HandoutRenderer.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStorageInfo>

namespace huanjiao {

namespace {
constexpr int kResolution = 600; // dots per inch for layout; the text and QR code are vectors or exact bitmaps
} // namespace

PdfExport::Result PdfExport::write(HandoutRenderer &renderer, QPageSize::PageSizeId paper, const QString &path,
                                   const QString &title)
{
    Result result;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (path.isEmpty()) {
        result.message = tr("No file name was given for the PDF.");
        return result;
    }
    if (info.isDir()) {
        result.message = tr("%1 is a folder. Choose a file name for the PDF.").arg(shown);
        return result;
    }
    // The PDF is made in memory first (a handout is a few hundred kilobytes)
    // so that writing it is one write whose result is checked, and a layout
    // failure never touches the disk.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    bool rendered = false;
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(paper));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Huanjiao " HUANJIAO_VERSION));
        rendered = renderer.render(&writer);
    }
    result.pages = renderer.pageCount();
    const QByteArray &bytes = pdf.data();
    if (!rendered || !bytes.startsWith("%PDF-") || !bytes.trimmed().endsWith("%%EOF")) {
        result.message = tr("The handout could not be laid out as a PDF; nothing was saved.");
        return result;
    }

    // Regular files are written beside and renamed into place when complete;
    // a device or a pipe (/dev/stdout) can only be written to directly.
    const bool existed = info.exists();
    const bool direct = existed && !info.isFile();
    const QString kept = existed ? tr("%1 was kept as it was.").arg(shown) : tr("Nothing was saved.");
    // Qt does not always tell a full disk from other write errors (a short
    // write leaves no error code): the space left does.
    const auto full = [&](const QFileDevice &file) {
        return file.error() == QFileDevice::ResourceError
            || QStorageInfo(info.absolutePath()).bytesAvailable() < bytes.size();
    };
    auto failure = [&](QFileDevice &file) {
        if (full(file))
            return tr("The disk is full: %1 could not be written. Free some space or choose another place. %2")
                .arg(shown, direct ? tr("Part of the PDF may have been written to it.") : kept);
        return tr("Could not write %1: %2. %3")
            .arg(shown, file.errorString(), direct ? tr("Part of the PDF may have been written to it.") : kept);
    };
    if (direct) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            result.message = tr("Cannot write %1: %2.").arg(shown, file.errorString());
            return result;
        }
        if (file.write(bytes) != bytes.size() || !file.flush()) {
            result.message = failure(file);
            return result;
        }
        file.close();
        if (file.error() != QFileDevice::NoError) {
            result.message = failure(file);
            return result;
        }
        result.ok = true;
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.message = tr("Cannot write %1: %2. Choose another folder, for example your Documents folder.")
                             .arg(shown, file.errorString());
        return result;
    }
    // QSaveFile replaces the old file only in commit(), after the new one is
    // whole on disk; any failure before leaves the old one untouched.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        result.message = failure(file);
        file.cancelWriting(); // the temporary file is removed; the old one stays
        return result;
    }
    if (!file.commit()) {
        result.message = failure(file);
        return result;
    }
    // Said only of what is there now.
    if (QFileInfo(path).size() != bytes.size()) {
        result.message = tr("%1 was saved but is not complete (%2 of %3 bytes). Save it again, in another place.")
                             .arg(shown)
                             .arg(QFileInfo(path).size())
                             .arg(bytes.size());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace huanjiao
