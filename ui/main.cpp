#include "mainwindow/MainWindow.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    tollgate::MainWindow window;
    window.show();
    return QApplication::exec();
}
