// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordForm.h"

namespace huanjiao {

// The form for a topic of the clinic's own: a short text about one condition, with its source and review.
class ArticleForm : public RecordForm
{
    Q_OBJECT

public:
    explicit ArticleForm(CandidateModels &candidates, QWidget *parent = nullptr);
};

} // namespace huanjiao
