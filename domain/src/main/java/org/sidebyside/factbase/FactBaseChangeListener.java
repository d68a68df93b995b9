package org.sidebyside.factbase;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * JPA entity listener on everything students see: once the transaction that wrote such an
 * entity commits, publishes one {@link FactBaseChanged}. Doing it here, rather than in each
 * service method, means no writer can forget it. Hibernate creates the listener through
 * Spring, which injects the publisher.
 */
public class FactBaseChangeListener {

    private static final Object MARK = FactBaseChangeListener.class;

    private final ApplicationEventPublisher events;

    public FactBaseChangeListener(ApplicationEventPublisher events) {
        this.events = events;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.publishEvent(new FactBaseChanged(FactBaseChanged.Origin.THIS_PROCESS));
            return;
        }
        if (TransactionSynchronizationManager.hasResource(MARK)) {
            return; // this transaction already announces itself
        }
        TransactionSynchronizationManager.bindResource(MARK, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(MARK);
                if (status == STATUS_COMMITTED) {
                    events.publishEvent(new FactBaseChanged(FactBaseChanged.Origin.THIS_PROCESS));
                }
            }
        });
    }
}
