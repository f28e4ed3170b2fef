import type { AccountSummary } from '@/utils/accounts/account';

/** The popup's accounts list in one place: what the background last sent, with the person's changes applied at once. */
export interface AccountsState {
  /** Null until the first answer. */
  accounts: AccountSummary[] | null;
  /** Ids of records the vault could not read. */
  damaged: string[];
}

export type AccountsAction =
  | { type: 'loaded'; accounts: AccountSummary[]; damaged: string[] }
  | { type: 'updated'; account: AccountSummary }
  | { type: 'removed'; id: string }
  | { type: 'damaged'; damaged: string[] };

export function accountsReducer(state: AccountsState, action: AccountsAction): AccountsState {
  switch (action.type) {
    case 'loaded':
      return { accounts: action.accounts, damaged: action.damaged };
    case 'updated':
      return state.accounts
        ? { ...state, accounts: state.accounts.map((account) => (account.id === action.account.id ? action.account : account)) }
        : state;
    case 'removed':
      return state.accounts ? { ...state, accounts: state.accounts.filter((account) => account.id !== action.id) } : state;
    case 'damaged':
      return { ...state, damaged: action.damaged };
  }
}
