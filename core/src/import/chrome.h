// SPDX-FileCopyrightText: 2026 Oncoref developers
// SPDX-License-Identifier: MIT
#pragma once

#include "import/capture.h"
#include "import/layout.h"

namespace oncoref::importing {

/// Gives the Chrome fate, with the rule's reason as detail, to the lines judged to be site chrome:
/// menus, review and personalisation widgets, record-status badges, paywalls and the subscription
/// offers after them, breadcrumbs, cookie banners, share bars. The rules are conservative (whole
/// short lines, site-specific phrases): a line of text they do not recognise stays in the article.
void markChrome(Capture &capture, const LayoutGuess &layout);

} // namespace oncoref::importing
