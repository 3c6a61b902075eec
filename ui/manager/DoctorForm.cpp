// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorForm.h"

namespace huanjiao {

namespace {
// The allowed values of docs/content-format.md, offered as a drop-down so that
// a misspelt title (主治医生) cannot be chosen.
QList<QPair<QString, QString>> choices(const QStringList &values)
{
    QList<QPair<QString, QString>> list;
    for (const QString &v : values)
        list.append({v, QString()});
    return list;
}
} // namespace

DoctorForm::DoctorForm(CandidateModels &candidates, QWidget *parent)
    : RecordForm(Kind::Doctor,
                 {
                     {QStringLiteral("name")},
                     {QStringLiteral("clinical-title"), FormField::Editor::Choice, Kind::Doctor,
                      choices({QStringLiteral("主任医师"), QStringLiteral("副主任医师"), QStringLiteral("主治医师"),
                               QStringLiteral("住院医师")})},
                     {QStringLiteral("academic-title"), FormField::Editor::Choice, Kind::Doctor,
                      choices({QStringLiteral("教授"), QStringLiteral("副教授"), QStringLiteral("讲师")})},
                     {QStringLiteral("works-at"), FormField::Editor::Link, Kind::Hospital},
                     {QStringLiteral("department"), FormField::Editor::Link, Kind::Department},
                     {QStringLiteral("specialty"), FormField::Editor::Line, Kind::Doctor, {},
                      tr("e.g. botulinum toxin injection for hemifacial spasm")},
                     {QStringLiteral("treats"), FormField::Editor::Links, Kind::Condition},
                     {QStringLiteral("profile"), FormField::Editor::Paragraphs, Kind::Doctor, {},
                      tr("A few sentences about the doctor, and when she sees patients")},
                 },
                 candidates, parent)
{
}

} // namespace huanjiao
