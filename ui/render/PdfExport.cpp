// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfExport.h"

#include "HandoutRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

#include <memory>

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
    // Regular files are written beside and renamed into place when complete;
    // a device or a pipe (/dev/stdout) can only be written to directly.
    std::unique_ptr<QFileDevice> file;
    if (info.exists() && !info.isFile())
        file = std::make_unique<QFile>(path);
    else
        file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        result.message = tr("Cannot write %1: %2. Choose another folder, for example your Documents folder.")
                             .arg(shown, file->errorString());
        return result;
    }

    bool rendered = false;
    {
        QPdfWriter writer(file.get());
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(paper));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Huanjiao " HUANJIAO_VERSION));
        rendered = renderer.render(&writer);
    }
    result.pages = renderer.pageCount();

    auto *saveFile = dynamic_cast<QSaveFile *>(file.get());
    if (rendered) {
        if (saveFile) {
            saveFile->commit();
        } else {
            file->flush();
            file->close();
        }
    } else if (saveFile) {
        saveFile->cancelWriting();
    }
    if (file->error() == QFileDevice::ResourceError) {
        result.message = tr("The disk is full: %1 could not be written. Free some space or choose another place; "
                            "no existing file was changed.")
                             .arg(shown);
        return result;
    }
    if (!rendered) {
        result.message = tr("The handout could not be laid out as a PDF.");
        return result;
    }
    if (file->error() != QFileDevice::NoError) {
        result.message = tr("Could not write %1: %2. No existing file was changed.").arg(shown, file->errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace huanjiao
