#pragma once

#include "report/MemoData.h"
#include "report/MemoOptions.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace tollgate
{

// The memo as an HTML fragment: one markup for the QTextDocument (print, PDF, preview) and the
// HTML file, so both say the same. User text is escaped here and only here. Images are named by
// the caller: a resource name for the document, a data: URI for the HTML file.
class MemoMarkup
{
    Q_DECLARE_TR_FUNCTIONS(MemoMarkup)
public:
    enum class Figure { CostCurve, ScreeningMatrix };
    // The src of a figure's <img>, or an empty string when there is no image for it.
    using ImageSource = std::function<QString(Figure)>;

    static QString body(const MemoData& data, const MemoOptions& options,
                        const ImageSource& imageSource);

    // The memo stylesheet (resources/report/memo.css), shared by the document and the HTML file.
    static QString styleSheet();
};

} // namespace tollgate
