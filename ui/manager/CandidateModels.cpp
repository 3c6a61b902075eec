// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidateModels.h"

#include "CandidateModel.h"

namespace huanjiao {

CandidateModels::CandidateModels(const ClinicDocument &document, const Pinyin &pinyin, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_pinyin(pinyin)
{
}

CandidateModel *CandidateModels::of(Kind kind)
{
    CandidateModel *&model = m_models[int(kind)];
    if (!model)
        model = new CandidateModel(kind, m_document, m_pinyin, this);
    return model;
}

} // namespace huanjiao
