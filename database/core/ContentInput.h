// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentLayers.h"
#include "Progress.h"

#include <QCoreApplication>

namespace huanjiao {

// Reads one content source, whatever its form: a folder of text sources, an
// interchange file (*.jsonl) or a built content database (any other file).
// Layers of a build, and both sides of a diff, are read through here.
class ContentInput
{
    Q_DECLARE_TR_FUNCTIONS(ContentInput)

public:
    enum class Form { Folder, Interchange, Database, Missing };
    static Form form(const QString &location);

    static ContentLayer read(const QString &location, Diagnostics *diagnostics, const Progress &progress = {});
    // Reads and merges `locations` (base first, then overlays) into one validated set.
    static ContentSet load(const QStringList &locations, Diagnostics *diagnostics, QStringList *notes = nullptr,
                           const Progress &progress = {});
    // One source alone with links to records it does not have: most likely a
    // clinic's overlay checked without its base, which a line then says.
    static void hintForgottenBase(const QStringList &locations, Diagnostics *diagnostics);
};

} // namespace huanjiao
