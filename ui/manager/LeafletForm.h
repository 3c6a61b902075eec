// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordForm.h"

namespace huanjiao {

// The form for a leaflet: the clinic's short instructions (术前禁食须知),
// a title and the text, optionally linked to the conditions it belongs with,
// with its source and review.
class LeafletForm : public RecordForm
{
    Q_OBJECT

public:
    explicit LeafletForm(CandidateModels &candidates, QWidget *parent = nullptr);
};

} // namespace huanjiao
