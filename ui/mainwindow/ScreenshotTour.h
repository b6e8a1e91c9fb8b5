#pragma once

#include <QSize>
#include <QString>

namespace tollgate
{

class MainWindow;

// `tollgate --screenshots DIR`: shows the main screens one after another at the given window
// size and saves each as DIR/<screen>-<width>x<height>.png (main, scorecard, aggregate,
// dashboard). Used by scripts/screenshots.sh under Xvfb. Returns the files written.
QStringList takeScreenshots(MainWindow& window, const QString& directory, QSize size,
                            const QString& suffix = QString());

} // namespace tollgate
