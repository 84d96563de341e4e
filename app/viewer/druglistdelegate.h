// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "richtextdelegate.h"

namespace oncoref::viewer {

/// Paints a drug of the A–Z list: its generic name in bold with its fact count, and its
/// brands under it in smaller text.
class DrugListDelegate final : public RichTextDelegate {
    Q_OBJECT

public:
    explicit DrugListDelegate(QObject *parent = nullptr);

protected:
    [[nodiscard]] QString html(const QModelIndex &index) const override;
};

} // namespace oncoref::viewer
