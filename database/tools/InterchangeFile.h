// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentSet.h"
#include "Progress.h"

#include <QCoreApplication>

namespace huanjiao {

// Writes a content set as an interchange file (JSON Lines): the content line
// first, then every record in order. Written beside the target, read back and
// compared, then renamed into place (the previous file kept as FILE.bak).
class InterchangeFile
{
    Q_DECLARE_TR_FUNCTIONS(InterchangeFile)

public:
    static bool write(const ContentSet &content, const QString &path, QString *error, const Progress &progress = {});
};

} // namespace huanjiao
