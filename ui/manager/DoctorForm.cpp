// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorForm.h"

#include "ContentSchema.h"

namespace huanjiao {

namespace {
// The builder's allowed values, offered as a drop-down so that a misspelt
// title (主治医生) cannot be chosen.
QList<QPair<QString, QString>> choices(const QString &key)
{
    QList<QPair<QString, QString>> list;
    for (const QString &v : ContentSchema::allowedValues(key))
        list.append({v, QString()});
    return list;
}
} // namespace

DoctorForm::DoctorForm(CandidateModels &candidates, QWidget *parent)
    : RecordForm(Kind::Doctor,
                 {
                     {QStringLiteral("name")},
                     {QStringLiteral("clinical-title"), FormField::Editor::Choice, Kind::Doctor,
                      choices(QStringLiteral("clinical-title"))},
                     {QStringLiteral("academic-title"), FormField::Editor::Choice, Kind::Doctor,
                      choices(QStringLiteral("academic-title"))},
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
