// Copyright (c) 2010-2026 Contributors to the openHAB project. SPDX-License-Identifier: EPL-2.0
// The simulator's web interface: log in with the password, then manage access tokens.
'use strict';

(function () {
  const TOKEN_KEY = 'ksem-simulator-token';
  const RETRY_AFTER_429_MS = 1100;
  let loginToken = sessionStorage.getItem(TOKEN_KEY);
  let busy = 0;

  const byId = (id) => document.getElementById(id);

  function setBusy(delta) {
    busy += delta;
    document.body.dataset.busy = String(busy);
  }

  function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  // One call to the device; the login zone allows one POST per second, so a 429 is retried after a second.
  async function call(method, path, body, retries = 3) {
    const headers = { 'X-Requested-With': 'XMLHttpRequest' };
    if (loginToken) {
      headers.Authorization = 'Bearer ' + loginToken;
    }
    let payload;
    if (body instanceof URLSearchParams) {
      payload = body.toString();
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['Content-Type'] = 'application/json';
    }
    setBusy(1);
    try {
      const response = await fetch(path, { method, headers, body: payload });
      if (response.status === 429 && retries > 0) {
        await sleep(RETRY_AFTER_429_MS);
        return call(method, path, body, retries - 1);
      }
      return response;
    } finally {
      setBusy(-1);
    }
  }

  function say(text, isError) {
    const message = byId('message');
    message.textContent = text;
    message.className = isError ? 'error' : '';
  }

  function show(view) {
    document.body.dataset.view = view;
    byId('login-view').hidden = view !== 'login';
    byId('tokens-view').hidden = view !== 'tokens';
    byId('logout').hidden = view !== 'tokens';
  }

  function logout() {
    loginToken = null;
    sessionStorage.removeItem(TOKEN_KEY);
    byId('device-info').textContent = '';
    byId('token-rows').replaceChildren();
    byId('token-rows').dataset.loaded = 'false';
    byId('new-token').hidden = true;
    show('login');
  }

  async function login(event) {
    event.preventDefault();
    const error = byId('login-error');
    error.hidden = true;
    const form = new URLSearchParams({
      grant_type: 'password', client_id: 'emos', client_secret: '56951025',
      username: 'admin', password: byId('password').value
    });
    loginToken = null;
    const response = await call('POST', '/api/web-login/token', form);
    if (!response.ok) {
      error.textContent = response.status === 429 ? 'Too many attempts; try again shortly.' : 'Wrong password.';
      error.hidden = false;
      return;
    }
    loginToken = (await response.json()).access_token;
    sessionStorage.setItem(TOKEN_KEY, loginToken);
    byId('password').value = '';
    await openTokens();
  }

  async function openTokens() {
    const device = await call('GET', '/api/device-settings');
    if (device.status === 401) {
      logout();
      return;
    }
    if (device.ok) {
      const settings = await device.json();
      byId('device-info').textContent = settings.hostname + ' · ' + settings.Serial + ' · FW ' + settings.FirmwareVersion;
    }
    show('tokens');
    await loadTokens();
  }

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    return td;
  }

  function button(label, className, enabled) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.className = className;
    b.disabled = !enabled;
    return b;
  }

  function shortDate(iso) {
    return iso ? iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC') : 'never';
  }

  async function loadTokens() {
    const rows = byId('token-rows');
    rows.dataset.loaded = 'false';
    const response = await call('GET', '/api/access-token/tokens');
    if (response.status === 401) {
      logout();
      return;
    }
    if (!response.ok) {
      say(response.status === 404 ? 'This firmware has no access tokens.' : 'Loading the tokens failed (' + response.status + ').', true);
      rows.replaceChildren();
      rows.dataset.loaded = 'true';
      return;
    }
    const tokens = await response.json();
    rows.replaceChildren(...tokens.map((token) => {
      const tr = document.createElement('tr');
      tr.dataset.tokenId = token.id;
      tr.dataset.state = token.state;
      const actions = document.createElement('td');
      actions.append(button('Authorise', 'authorise', token.state === 'pending'),
        button('Revoke', 'revoke', token.state !== 'revoked'), button('Delete', 'delete', true));
      tr.append(cell(token.name, 'name'), cell(token.role, 'role'), cell(shortDate(token.expires), 'expires'),
        cell(shortDate(token.created), 'created'), cell(token.state, 'state'), actions);
      return tr;
    }));
    byId('no-tokens').hidden = tokens.length > 0;
    rows.dataset.loaded = 'true';
  }

  async function act(event) {
    const target = event.target;
    const row = target.closest('tr[data-token-id]');
    if (!row || target.tagName !== 'BUTTON') {
      return;
    }
    const id = encodeURIComponent(row.dataset.tokenId);
    let response;
    if (target.classList.contains('authorise')) {
      response = await call('POST', '/api/access-token/tokens/' + id + '/authorise');
    } else if (target.classList.contains('revoke')) {
      response = await call('POST', '/api/access-token/tokens/' + id + '/revoke');
    } else if (target.classList.contains('delete')) {
      response = await call('DELETE', '/api/access-token/tokens/' + id);
    } else {
      return;
    }
    say(response.ok ? 'Done.' : 'The device answered ' + response.status + '.', !response.ok);
    await loadTokens();
  }

  async function add(event) {
    event.preventDefault();
    const expiry = byId('token-expiry').value;
    const request = {
      name: byId('token-name').value,
      role: byId('token-role').value,
      expires: expiry ? new Date(expiry + 'T23:59:59Z').toISOString() : null
    };
    const response = await call('POST', '/api/access-token/tokens', request);
    if (!response.ok) {
      say('Adding the token failed (' + response.status + ').', true);
      return;
    }
    const created = await response.json();
    byId('new-token-value').textContent = created.token;
    byId('new-token').hidden = false;
    byId('token-name').value = '';
    say('Token added; authorise it before use.', false);
    await loadTokens();
  }

  document.addEventListener('DOMContentLoaded', () => {
    byId('login-form').addEventListener('submit', login);
    byId('add-form').addEventListener('submit', add);
    byId('token-rows').addEventListener('click', act);
    byId('logout').addEventListener('click', logout);
    if (loginToken) {
      openTokens();
    } else {
      show('login');
    }
  });
})();
