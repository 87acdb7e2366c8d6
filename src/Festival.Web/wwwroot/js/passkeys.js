// Passkeys: asks the server for WebAuthn options, lets the browser make or use a passkey, and submits its answer
// with the surrounding form. Loaded as a file (the Content-Security-Policy allows no inline script).
(() => {
    'use strict';

    const supported = () =>
        window.isSecureContext && window.PublicKeyCredential && typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function';

    async function options(form) {
        const response = await fetch(form.dataset.optionsUrl, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { RequestVerificationToken: form.querySelector('input[name="__RequestVerificationToken"]').value },
        });
        if (!response.ok) {
            throw new Error(`the server answered ${response.status}`);
        }

        return response.json();
    }

    function report(form, message) {
        const status = form.querySelector('[data-passkey-status]');
        status.textContent = message;
        status.hidden = false;
    }

    async function ceremony(form) {
        if (!supported()) {
            report(form, 'This browser cannot use passkeys here. Use a current browser over HTTPS.');
            return;
        }

        try {
            const json = await options(form);
            const credential = form.dataset.passkey === 'create'
                ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(json) })
                : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(json) });
            form.querySelector('input[name="CredentialJson"]').value = JSON.stringify(credential.toJSON());
            form.submit();
        } catch (error) {
            report(form, error && error.name === 'NotAllowedError'
                ? 'No passkey was used: the request was cancelled or timed out.'
                : `The passkey did not work: ${error && error.message ? error.message : error}`);
        }
    }

    for (const form of document.querySelectorAll('form[data-passkey]')) {
        form.addEventListener('submit', event => {
            if (!form.querySelector('input[name="CredentialJson"]').value) {
                event.preventDefault();
                ceremony(form);
            }
        });
    }
})();
