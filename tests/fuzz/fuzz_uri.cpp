// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the link resolver. Any text either is refused or gives a
// kind and id whose address reads back as the same page.

#include "EntityUri.h"

#include <cstdlib>

using namespace huanjiao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    EntityUri uri;
    EntityUri fromUrl;
    const bool fromText = EntityUri::parse(text, &uri);
    // Links in pages arrive as QUrl parsed in the tolerant mode.
    if (EntityUri::parse(QUrl(text), &fromUrl)) {
        EntityUri again;
        if (!EntityUri::parse(fromUrl.toUrl(), &again) || again.kind != fromUrl.kind || again.id != fromUrl.id)
            std::abort();
    }
    if (fromText) {
        EntityUri again;
        if (!EntityUri::parse(uri.toString(), &again) || again.kind != uri.kind || again.id != uri.id)
            std::abort();
    }
    return 0;
}
