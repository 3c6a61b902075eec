// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <opencc/Dict.hpp>
#include <opencc/DictEntry.hpp>
#include <opencc/DictGroup.hpp>
#include <opencc/Lexicon.hpp>

#include <memory>

namespace huanjiao::OpenccLexicon {

// Calls f(entry) for every entry of an OpenCC dictionary, the members of a
// group in order (in a group the first dictionary that has a key wins).
template <typename F>
void forEachEntry(const opencc::DictPtr &dict, F &&f)
{
    if (auto group = std::dynamic_pointer_cast<opencc::DictGroup>(dict)) {
        for (const opencc::DictPtr &member : group->GetDicts())
            forEachEntry(member, f);
        return;
    }
    for (const auto &entry : *dict->GetLexicon())
        f(*entry);
}

} // namespace huanjiao::OpenccLexicon
