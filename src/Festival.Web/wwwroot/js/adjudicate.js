// Saves an adjudicator's marks and comments as they type, through the results API. Every change gets the next version
// number; what has not reached the server yet stays in localStorage, so a dropped connection or a closed tab loses
// nothing, and it is sent again (at its version) when the connection is back. The server keeps the highest version, so
// a save sent twice is stored once and an older one never overwrites a newer one.
(function () {
    'use strict';

    const forms = Array.from(document.querySelectorAll('form.result-form'));
    if (forms.length === 0) {
        return;
    }

    const connection = document.getElementById('connection-status');
    const key = (entry) => 'festival.result.' + entry;
    const timers = new Map();
    let lastComments = null;

    function pendingOf(entry) {
        try {
            return JSON.parse(localStorage.getItem(key(entry)) || 'null');
        } catch {
            return null;
        }
    }

    function fields(form) {
        return {
            mark: form.elements.mark.value,
            comments: form.elements.comments.value,
            recommendation: form.elements.recommendation.value,
        };
    }

    function status(form, text) {
        const span = form.querySelector('.save-status');
        if (span) {
            span.textContent = text;
        }
    }

    function keptVersion(form) {
        return Number(form.dataset.version || '0');
    }

    // The next version: above both what the server keeps and anything waiting here.
    function remember(form) {
        const entry = form.dataset.entry;
        const waiting = pendingOf(entry);
        const version = Math.max(keptVersion(form), waiting ? waiting.version : 0) + 1;
        const item = Object.assign({ version: version }, fields(form));
        localStorage.setItem(key(entry), JSON.stringify(item));
        form.elements.version.value = String(version);
        return item;
    }

    async function send(form) {
        const entry = form.dataset.entry;
        const item = pendingOf(entry);
        if (!item) {
            return;
        }

        if (!navigator.onLine) {
            status(form, 'Offline: kept on this device, will be sent when the connection is back.');
            return;
        }

        status(form, 'Saving…');
        let response;
        try {
            response = await fetch(form.dataset.endpoint, {
                method: 'PUT',
                credentials: 'same-origin',
                headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
                body: JSON.stringify(item),
            });
        } catch {
            status(form, 'Not sent yet: kept on this device, will try again.');
            return;
        }

        const current = pendingOf(entry);
        const body = await response.json().catch(() => ({}));
        if (response.ok) {
            form.dataset.version = String(Math.max(keptVersion(form), body.version || item.version));
            if (current && current.version <= item.version) {
                localStorage.removeItem(key(entry));
            }
            status(form, 'Saved (version ' + form.dataset.version + ')' + (body.band ? ' · ' + body.band : ''));
        } else if (response.status === 409 && body.code === 'stale_version') {
            // The server already has a newer version (from another device or a later save): this one is not needed.
            if (current && current.version <= item.version) {
                localStorage.removeItem(key(entry));
            }
            status(form, body.title || 'A newer version is saved already.');
        } else if (response.status === 400 || response.status === 404 || response.status === 409) {
            // Refused for what it says (a mark off the scale, a submitted session): sending it again cannot help.
            if (current && current.version <= item.version) {
                localStorage.removeItem(key(entry));
            }
            const errors = body.errors ? Object.values(body.errors).flat().join(' ') : '';
            status(form, 'Not saved: ' + (errors || body.title || response.statusText));
        } else {
            status(form, 'Not sent yet (' + response.status + '): kept on this device, will try again.');
        }
    }

    function flush() {
        forms.forEach((form) => {
            if (pendingOf(form.dataset.entry)) {
                send(form);
            }
        });
    }

    function changed(form) {
        remember(form);
        status(form, 'Typing…');
        clearTimeout(timers.get(form));
        timers.set(form, setTimeout(() => send(form), 600));
    }

    forms.forEach((form) => {
        // Work typed here earlier and never sent wins over the page: put it back, then send it.
        const waiting = pendingOf(form.dataset.entry);
        if (waiting && waiting.version > keptVersion(form)) {
            form.elements.mark.value = waiting.mark || '';
            form.elements.comments.value = waiting.comments || '';
            form.elements.recommendation.value = waiting.recommendation || '';
            form.elements.version.value = String(waiting.version);
        } else if (waiting) {
            localStorage.removeItem(key(form.dataset.entry));
        }

        form.addEventListener('input', () => changed(form));
        form.addEventListener('change', () => changed(form));
        form.elements.comments.addEventListener('focus', () => { lastComments = form.elements.comments; });
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            remember(form);
            send(form);
        });
    });

    document.querySelectorAll('button.phrase').forEach((button) => {
        button.addEventListener('click', () => {
            const target = lastComments || forms[0].elements.comments;
            if (target.disabled) {
                return;
            }
            const text = button.dataset.text || '';
            target.value = target.value && !/\s$/.test(target.value) ? target.value + ' ' + text : target.value + text;
            target.focus();
            target.dispatchEvent(new Event('input', { bubbles: true }));
        });
    });

    window.addEventListener('online', () => {
        if (connection) {
            connection.textContent = 'Back online: sending what was kept.';
        }
        flush();
    });
    window.addEventListener('offline', () => {
        if (connection) {
            connection.textContent = 'Offline: your work is kept on this device.';
        }
    });
    setInterval(flush, 5000);
    flush();
}());
