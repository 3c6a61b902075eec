#pragma once

#include "ContentSet.h"
#include "Diagnostic.h"

namespace huanjiao {

// A folder of content source files (*.md, read recursively in a stable order).
class ContentSources
{
public:
    // Parses and validates everything below `directory`; diagnostics carry paths
    // relative to the folder's parent so messages stay short and clickable.
    static ContentSet load(const QString &directory, Diagnostics *diagnostics);
    static QStringList files(const QString &directory);
};

} // namespace huanjiao
