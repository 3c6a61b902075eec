// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"

#include <QHash>
#include <QObject>

namespace huanjiao {

class CandidateModel;
class ClinicDocument;
class Pinyin;

// One CandidateModel per kind, made when a form first needs it and shared by
// every picker of that kind.
class CandidateModels : public QObject
{
    Q_OBJECT

public:
    CandidateModels(const ClinicDocument &document, const Pinyin &pinyin, QObject *parent = nullptr);

    CandidateModel *of(Kind kind);
    const ClinicDocument &document() const { return m_document; }
    const Pinyin &pinyin() const { return m_pinyin; }

private:
    const ClinicDocument &m_document;
    const Pinyin &m_pinyin;
    QHash<int, CandidateModel *> m_models;
};

} // namespace huanjiao
