// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeafletForm.h"

namespace huanjiao {

LeafletForm::LeafletForm(CandidateModels &candidates, QWidget *parent)
    : RecordForm(Kind::Leaflet,
                 {
                     {QStringLiteral("name"), FormField::Editor::Line, Kind::Leaflet, {},
                      tr("e.g. 胃镜检查前准备")},
                     {QStringLiteral("body"), FormField::Editor::Paragraphs, Kind::Leaflet, {},
                      tr("Paragraphs separated by a blank line; a line starting with \"- \" is a bullet")},
                     {QStringLiteral("about"), FormField::Editor::Links, Kind::Condition},
                     {QStringLiteral("summary")},
                     {QStringLiteral("source"), FormField::Editor::Link, Kind::Source},
                     {QStringLiteral("status"), FormField::Editor::Choice, Kind::Leaflet,
                      {{QStringLiteral("draft"), tr("Draft")},
                       {QStringLiteral("reviewed"), tr("Reviewed")},
                       {QStringLiteral("sample"), tr("Sample")}}},
                     {QStringLiteral("updated"), FormField::Editor::Line, Kind::Leaflet, {}, tr("YYYY-MM-DD")},
                     {QStringLiteral("reviewed"), FormField::Editor::Line, Kind::Leaflet, {}, tr("YYYY-MM-DD")},
                     {QStringLiteral("reviewer")},
                 },
                 candidates, parent)
{
}

} // namespace huanjiao
