namespace StoryBot.Discord;

/// <summary>Permission bits (reference: permissions). Only those a bot checks are named.</summary>
[Flags]
#pragma warning disable CA1711, CA1028 // Discord's bitfield is 64-bit
public enum Permissions : ulong
#pragma warning restore CA1711, CA1028
{
    /// <summary>No permission.</summary>
    None = 0,
    /// <summary>CREATE_INSTANT_INVITE.</summary>
    CreateInstantInvite = 1UL << 0,
    /// <summary>KICK_MEMBERS.</summary>
    KickMembers = 1UL << 1,
    /// <summary>BAN_MEMBERS.</summary>
    BanMembers = 1UL << 2,
    /// <summary>ADMINISTRATOR: implies all.</summary>
    Administrator = 1UL << 3,
    /// <summary>MANAGE_CHANNELS.</summary>
    ManageChannels = 1UL << 4,
    /// <summary>MANAGE_GUILD.</summary>
    ManageGuild = 1UL << 5,
    /// <summary>VIEW_CHANNEL.</summary>
    ViewChannel = 1UL << 10,
    /// <summary>SEND_MESSAGES.</summary>
    SendMessages = 1UL << 11,
    /// <summary>MANAGE_MESSAGES.</summary>
    ManageMessages = 1UL << 13,
    /// <summary>EMBED_LINKS.</summary>
    EmbedLinks = 1UL << 14,
    /// <summary>MENTION_EVERYONE.</summary>
    MentionEveryone = 1UL << 17,
    /// <summary>MANAGE_ROLES.</summary>
    ManageRoles = 1UL << 28,
}
