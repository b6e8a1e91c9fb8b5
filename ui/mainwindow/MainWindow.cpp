#include "mainwindow/MainWindow.h"

namespace tollgate
{

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Tollgate"));
}

} // namespace tollgate
