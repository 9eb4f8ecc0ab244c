#include "ui/style/activationfilter.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWidget>

namespace wsdash {

ActivationFilter::ActivationFilter(QWidget* target)
    : QObject(target)
    , m_target(target)
{
    target->setFocusPolicy(Qt::StrongFocus);
    target->setCursor(Qt::PointingHandCursor);
    target->installEventFilter(this);
}

bool ActivationFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_target)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonRelease: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton &&
            m_target->rect().contains(mouse->position().toPoint())) {
            Q_EMIT activated();
            return true;
        }
        break;
    }
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
            Q_EMIT activated();
            return true;
        }
        break;
    }
    case QEvent::FocusIn:
    case QEvent::FocusOut: {
        QFont font = m_target->font();
        font.setUnderline(event->type() == QEvent::FocusIn);
        m_target->setFont(font);
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wsdash
